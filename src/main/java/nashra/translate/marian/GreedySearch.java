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
     * Also the chosen token's log-probability (log-softmax of the raw logits, as Hugging Face
     * reports scores), kept as the sentence's confidence (README, "Checks").
     */
    private int choose(float[] row, int[] seq, int length) {
        int forced = rules.forced(length);
        boolean[] banned = forced >= 0 ? null : rules.banned(seq, length);
        if (expBuffer == null || expBuffer.length != row.length) {
            expBuffer = new float[row.length];
        }
        int token = argmaxScored(row, banned, forced, settings.eosTokenId(), logProbOut, expBuffer);
        chosenLogProb = logProbOut[0];
        return token;
    }

    private final double[] logProbOut = new double[1];
    private float[] expBuffer;

    /**
     * The greedy choice and its log-probability.
     *
     * <p>The softmax denominator is what costs: {@code Math.exp} over opus-mt's 62,834 logits
     * takes longer than a tenth of a decoder step. So exp(d) for d = logit − max is computed as
     * (1 + d/256 + (d/256)²/2 + (d/256)³/6)^256 by eight squarings, plain float arithmetic the JIT
     * vectorises, with d clamped at −20 (such terms add under 2·10⁻⁹ each). Relative error per
     * term below 5·10⁻⁴, so the log-probability is off by less than that.
     *
     * @param banned tokens that may not be chosen, or null when {@code forced} applies
     * @param forced the token that must be chosen, or -1
     * @param logProb receives the chosen token's log-probability in element 0
     * @param scratch a buffer at least as long as the row
     */
    static int argmaxScored(float[] row, boolean[] banned, int forced, int eos, double[] logProb, float[] scratch) {
        int best = -1;
        float bestValue = Float.NEGATIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int v = 0; v < row.length; v++) {
            float x = row[v];
            max = Math.max(max, x);
            if (banned != null && x > bestValue && !banned[v]) {
                bestValue = x;
                best = v;
            }
        }
        for (int v = 0; v < row.length; v++) {
            float d = Math.max(row[v] - max, -LOG_SUM_WINDOW) * (1f / 256f);
            float y = 1f + d * (1f + d * (0.5f + d * (1f / 6f)));
            y *= y;
            y *= y;
            y *= y;
            y *= y;
            y *= y;
            y *= y;
            y *= y;
            y *= y;
            scratch[v] = y;
        }
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int v = 0;
        for (; v + 4 <= row.length; v += 4) {
            s0 += scratch[v];
            s1 += scratch[v + 1];
            s2 += scratch[v + 2];
            s3 += scratch[v + 3];
        }
        double sum = (double) s0 + s1 + s2 + s3;
        for (; v < row.length; v++) {
            sum += scratch[v];
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

    /** Logits further than this below the maximum count as this far: their terms are negligible. */
    static final float LOG_SUM_WINDOW = 20f;
}
