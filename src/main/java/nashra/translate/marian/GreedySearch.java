package nashra.translate.marian;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * Greedy decoding of a batch: each row takes its most likely allowed token. Rows leave the batch
 * as soon as they end, so the remaining steps run on fewer rows.
 */
final class GreedySearch {

    private final Decoder decoder;
    private final GenerationSettings settings;
    private final TokenRules rules;

    GreedySearch(Decoder decoder, GenerationSettings settings) {
        this.decoder = decoder;
        this.settings = settings;
        this.rules = new TokenRules(settings, decoder.vocab());
    }

    Generated[] run(EncoderOutput encoderOutput, BufferPool pool) {
        int batch = encoderOutput.mask().rows();
        int vocab = decoder.vocab();
        int maxLength = settings.maxLength();
        int[][] sequences = new int[batch][maxLength];
        int length = 1;
        Generated[] results = new Generated[batch];
        double[] logProbs = new double[batch];
        int[] active = new int[batch]; // active[r] = sentence index of decoder row r
        for (int i = 0; i < batch; i++) {
            active[i] = i;
            sequences[i][0] = settings.decoderStartTokenId();
        }
        float[] row = new float[vocab];
        EncoderOutput encoder = encoderOutput;
        try (DecoderCache cache = new DecoderCache()) {
            while (active.length > 0) {
                int rows = active.length;
                int[] last = new int[rows];
                for (int r = 0; r < rows; r++) {
                    last[r] = sequences[active[r]][length - 1];
                }
                try (BatchTensor logits = BatchTensor.floats(pool, rows, 1, vocab)) {
                    decoder.step(last, encoder, cache, logits, pool);
                    FloatBuffer values = logits.floatView();
                    for (int r = 0; r < rows; r++) {
                        int[] seq = sequences[active[r]];
                        values.get(r * vocab, row, 0, vocab);
                        seq[length] = choose(row, seq, length);
                        logProbs[active[r]] += chosenLogProb;
                    }
                }
                length++;
                // Rows that produced eos or hit the limit leave; the rest keep their order.
                int[] keep = new int[rows];
                int kept = 0;
                for (int r = 0; r < rows; r++) {
                    int s = active[r];
                    if (sequences[s][length - 1] == settings.eosTokenId() || length >= maxLength) {
                        results[s] = new Generated(Arrays.copyOf(sequences[s], length), length >= maxLength,
                                logProbs[s]);
                    } else {
                        keep[kept++] = r;
                    }
                }
                if (kept == 0) {
                    break;
                }
                if (kept < rows) {
                    int[] rowsKept = Arrays.copyOf(keep, kept);
                    cache.select(rowsKept, true);
                    EncoderOutput smaller = encoder.gather(rowsKept);
                    if (encoder != encoderOutput) {
                        encoder.close();
                    }
                    encoder = smaller;
                    int[] nextActive = new int[kept];
                    for (int j = 0; j < kept; j++) {
                        nextActive[j] = active[rowsKept[j]];
                    }
                    active = nextActive;
                }
            }
        } finally {
            if (encoder != encoderOutput) {
                encoder.close();
            }
        }
        return results;
    }

    /** The log-probability of the token {@link #choose} returned last. */
    private double chosenLogProb;

    /**
     * Argmax over the allowed tokens; the first index wins ties, as in PyTorch and transformers.js.
     * The same pass sums the softmax denominator for the chosen token's log-probability (log-softmax
     * of the raw logits, as Hugging Face reports scores), online against the running maximum and
     * only over logits within {@link #LOG_SUM_WINDOW} of it: the rest add under e^-20 each, and
     * skipping their exp keeps the score nearly free (README, "Checks").
     */
    private int choose(float[] row, int[] seq, int length) {
        int forced = rules.forced(length);
        boolean[] banned = forced >= 0 ? null : rules.banned(seq, length);
        int token = argmaxScored(row, banned, forced, settings.eosTokenId(), logProbOut);
        chosenLogProb = logProbOut[0];
        return token;
    }

    private final double[] logProbOut = new double[1];

    /**
     * The greedy choice and its log-probability in one pass over the row.
     *
     * @param banned tokens that may not be chosen, or null when {@code forced} applies
     * @param forced the token that must be chosen, or -1
     * @param logProb receives the chosen token's log-probability in element 0
     */
    static int argmaxScored(float[] row, boolean[] banned, int forced, int eos, double[] logProb) {
        int best = -1;
        float bestValue = Float.NEGATIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        double sum = 0;
        for (int v = 0; v < row.length; v++) {
            float x = row[v];
            if (x > max - LOG_SUM_WINDOW) {
                if (x > max) {
                    sum = sum * Math.exp(max - x) + 1;
                    max = x;
                } else {
                    sum += Math.exp(x - max);
                }
            }
            if (banned != null && x > bestValue && !banned[v]) {
                bestValue = x;
                best = v;
            }
        }
        int token = forced >= 0 ? forced : best < 0 ? eos : best;
        logProb[0] = row[token] - (max + Math.log(sum));
        return token;
    }

    /** The same choice without the score: what greedy search did before it kept one; for the benchmark that prices it. */
    static int argmax(float[] row, boolean[] banned, int forced, int eos) {
        if (forced >= 0) {
            return forced;
        }
        int best = -1;
        float bestValue = Float.NEGATIVE_INFINITY;
        for (int v = 0; v < row.length; v++) {
            if (row[v] > bestValue && !banned[v]) {
                bestValue = row[v];
                best = v;
            }
        }
        return best < 0 ? eos : best;
    }

    /** Logits further than this below the maximum are left out of the softmax denominator. */
    static final float LOG_SUM_WINDOW = 20f;
}
