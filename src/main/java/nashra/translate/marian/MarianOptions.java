package nashra.translate.marian;

/**
 * What a caller may choose; everything else comes from the model's files.
 *
 * @param beams beams for beam search, 1 for greedy, 0 for the model's own setting
 * @param maxLength longest output in tokens, 0 for the model's own setting
 * @param batchSize sentences encoded and decoded together
 * @param threads ONNX Runtime intra-op threads
 * @param preferQuantized use the {@code _quantized} ONNX files when the model has them
 * @param maxInputTokens longest input the model is given, 0 for its max_position_embeddings;
 *     longer sentences are split at clause boundaries
 * @param minLength shortest output (decoder start included), 0 for the model's own setting;
 *     benchmarks set it equal to maxLength so that every engine generates the same number of tokens
 */
public record MarianOptions(int beams, int maxLength, int batchSize, int threads, boolean preferQuantized,
        int maxInputTokens, int minLength) {

    public MarianOptions {
        if (beams < 0 || maxLength < 0 || batchSize < 1 || threads < 1 || maxInputTokens < 0 || minLength < 0) {
            throw new IllegalArgumentException("invalid translation options: beams " + beams + ", max length "
                    + maxLength + ", batch size " + batchSize + ", threads " + threads);
        }
    }

    public static MarianOptions defaults() {
        return new MarianOptions(0, 0, 16, Math.max(1, Runtime.getRuntime().availableProcessors()), true, 0, 0);
    }

    public MarianOptions withBeams(int value) {
        return new MarianOptions(value, maxLength, batchSize, threads, preferQuantized, maxInputTokens, minLength);
    }

    public MarianOptions withMaxLength(int value) {
        return new MarianOptions(beams, value, batchSize, threads, preferQuantized, maxInputTokens, minLength);
    }

    public MarianOptions withBatchSize(int value) {
        return new MarianOptions(beams, maxLength, value, threads, preferQuantized, maxInputTokens, minLength);
    }

    public MarianOptions withThreads(int value) {
        return new MarianOptions(beams, maxLength, batchSize, value, preferQuantized, maxInputTokens, minLength);
    }

    public MarianOptions withPreferQuantized(boolean value) {
        return new MarianOptions(beams, maxLength, batchSize, threads, value, maxInputTokens, minLength);
    }

    public MarianOptions withMinLength(int value) {
        return new MarianOptions(beams, maxLength, batchSize, threads, preferQuantized, maxInputTokens, value);
    }

    public MarianOptions withMaxInputTokens(int value) {
        return new MarianOptions(beams, maxLength, batchSize, threads, preferQuantized, value, minLength);
    }
}
