package nashra.translate.marian;

/**
 * What a caller may choose; everything else comes from the model's files.
 *
 * @param beams beams for beam search, 1 for greedy, 0 for the model's own setting
 * @param maxLength longest output in tokens, 0 for the model's own setting
 * @param batchSize sentences encoded and decoded together
 * @param threads ONNX Runtime threads in all, shared out among the sessions
 * @param preferQuantized use the {@code _quantized} ONNX files when the model has them
 * @param maxInputTokens longest input the model is given, 0 for its max_position_embeddings;
 *     longer sentences are split at clause boundaries
 * @param minLength shortest output (decoder start included), 0 for the model's own setting;
 *     benchmarks set it equal to maxLength so that every engine generates the same number of tokens
 * @param sessions how many copies of the model's ONNX Runtime sessions translate batches side by
 *     side, each with {@code threads / sessions} intra-op threads; 0 for the engine's default
 *     (one a thread, see {@link #effectiveSessions()})
 */
public record MarianOptions(int beams, int maxLength, int batchSize, int threads, boolean preferQuantized,
        int maxInputTokens, int minLength, int sessions) {

    public MarianOptions {
        if (beams < 0 || maxLength < 0 || batchSize < 1 || threads < 1 || maxInputTokens < 0 || minLength < 0
                || sessions < 0) {
            throw new IllegalArgumentException("invalid translation options: beams " + beams + ", max length "
                    + maxLength + ", batch size " + batchSize + ", threads " + threads + ", sessions " + sessions);
        }
    }

    public static MarianOptions defaults() {
        return new MarianOptions(0, 0, 16, Math.max(1, Runtime.getRuntime().availableProcessors()), true, 0, 0, 0);
    }

    /**
     * Sessions actually opened: the chosen number (at most one per thread), or by default one
     * single-threaded session per thread. On two cores, two sessions of one thread translated the
     * job's batch sizes faster than one session of two threads (README, Translation speed), as ONNX
     * Runtime's intra-op threads wait for each other at every operator of every decoding step; the
     * price is one copy of the weights per session.
     */
    public int effectiveSessions() {
        return sessions > 0 ? Math.min(sessions, threads) : threads;
    }

    /** Intra-op threads of each session. */
    public int threadsPerSession() {
        return Math.max(1, threads / effectiveSessions());
    }

    public MarianOptions withSessions(int value) {
        return new MarianOptions(beams, maxLength, batchSize, threads, preferQuantized, maxInputTokens, minLength, value);
    }

    public MarianOptions withBeams(int value) {
        return new MarianOptions(value, maxLength, batchSize, threads, preferQuantized, maxInputTokens, minLength, sessions);
    }

    public MarianOptions withMaxLength(int value) {
        return new MarianOptions(beams, value, batchSize, threads, preferQuantized, maxInputTokens, minLength, sessions);
    }

    public MarianOptions withBatchSize(int value) {
        return new MarianOptions(beams, maxLength, value, threads, preferQuantized, maxInputTokens, minLength, sessions);
    }

    public MarianOptions withThreads(int value) {
        return new MarianOptions(beams, maxLength, batchSize, value, preferQuantized, maxInputTokens, minLength, sessions);
    }

    public MarianOptions withPreferQuantized(boolean value) {
        return new MarianOptions(beams, maxLength, batchSize, threads, value, maxInputTokens, minLength, sessions);
    }

    public MarianOptions withMinLength(int value) {
        return new MarianOptions(beams, maxLength, batchSize, threads, preferQuantized, maxInputTokens, value, sessions);
    }

    public MarianOptions withMaxInputTokens(int value) {
        return new MarianOptions(beams, maxLength, batchSize, threads, preferQuantized, value, minLength, sessions);
    }
}
