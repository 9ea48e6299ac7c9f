package nashra.translate.marian;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Beam search with the semantics of Hugging Face's {@code BeamSearchScorer}, so results match the
 * PyTorch reference token for token: log-softmax scores summed along each beam, the best
 * {@code 2 * beams} candidates of a sentence walked in order, eos candidates ranked below the
 * first {@code beams} ignored, length-penalised finished hypotheses, and HF's default early
 * stopping heuristic. A sentence's rows leave the batch once it is done.
 */
final class BeamSearch {

    private final Decoder decoder;
    private final GenerationSettings settings;
    private final TokenRules rules;
    private final int beams;

    BeamSearch(Decoder decoder, GenerationSettings settings) {
        this.decoder = decoder;
        this.settings = settings;
        this.rules = new TokenRules(settings, decoder.vocab());
        this.beams = settings.numBeams();
    }

    /** The best hypothesis of each sentence. */
    Generated[] run(EncoderOutput perSentence, BufferPool pool) {
        BeamHypotheses[] finished = search(perSentence, pool);
        int maxLength = settings.maxLength();
        Generated[] results = new Generated[finished.length];
        for (int s = 0; s < finished.length; s++) {
            results[s] = finish(finished[s].best(), maxLength, settings.eosTokenId());
        }
        return results;
    }

    /**
     * Every finished hypothesis of each sentence (up to {@code beams}), best first: the n-best list
     * a glossary retry chooses from. Costs nothing beyond the search itself.
     */
    Generated[][] runAll(EncoderOutput perSentence, BufferPool pool) {
        BeamHypotheses[] finished = search(perSentence, pool);
        Generated[][] results = new Generated[finished.length][];
        for (int s = 0; s < finished.length; s++) {
            results[s] = finished[s].ranked().stream()
                    .map(h -> finish(h, settings.maxLength(), settings.eosTokenId())).toArray(Generated[]::new);
        }
        return results;
    }

    private BeamHypotheses[] search(EncoderOutput perSentence, BufferPool pool) {
        int sentences = perSentence.mask().rows();
        int vocab = decoder.vocab();
        int maxLength = settings.maxLength();

        // Row g * beams + b is beam b of the g-th active sentence.
        int[] expand = new int[sentences * beams];
        for (int r = 0; r < expand.length; r++) {
            expand[r] = r / beams;
        }
        EncoderOutput encoder = perSentence.gather(expand);
        int[] active = new int[sentences];
        int[][] sequences = new int[sentences * beams][];
        float[] beamScores = new float[sentences * beams];
        BeamHypotheses[] hypotheses = new BeamHypotheses[sentences];
        for (int s = 0; s < sentences; s++) {
            active[s] = s;
            hypotheses[s] = new BeamHypotheses(beams, settings.lengthPenalty());
            for (int b = 0; b < beams; b++) {
                sequences[s * beams + b] = new int[] {settings.decoderStartTokenId()};
                beamScores[s * beams + b] = b == 0 ? 0f : -1e9f;
            }
        }
        int length = 1;
        float[] row = new float[vocab];
        Candidates top = new Candidates(2 * beams);

        try (DecoderCache cache = new DecoderCache()) {
            while (active.length > 0) {
                int rows = active.length * beams;
                int[] last = new int[rows];
                for (int r = 0; r < rows; r++) {
                    last[r] = sequences[r][length - 1];
                }
                int[] sourceRow = new int[rows];
                int[] nextToken = new int[rows];
                float[] nextScore = new float[rows];
                boolean[] done = new boolean[active.length];
                try (BatchTensor logits = BatchTensor.floats(pool, rows, 1, vocab)) {
                    decoder.step(last, encoder, cache, logits, pool);
                    FloatBuffer values = logits.floatView();
                    for (int g = 0; g < active.length; g++) {
                        top.clear();
                        for (int b = 0; b < beams; b++) {
                            int r = g * beams + b;
                            values.get(r * vocab, row, 0, vocab);
                            collect(row, r, sequences[r], length, beamScores[r], top);
                        }
                        done[g] = chooseBeams(g, top, sequences, hypotheses[active[g]], length,
                                sourceRow, nextToken, nextScore);
                    }
                }
                // Extend the surviving beams; sentences that are done leave the batch.
                List<Integer> keptRows = new ArrayList<>();
                List<Integer> keptSentences = new ArrayList<>();
                int[][] nextSequences = new int[rows][];
                for (int g = 0; g < active.length; g++) {
                    if (done[g]) {
                        continue;
                    }
                    keptSentences.add(active[g]);
                    for (int b = 0; b < beams; b++) {
                        int r = g * beams + b;
                        int[] seq = Arrays.copyOf(sequences[sourceRow[r]], length + 1);
                        seq[length] = nextToken[r];
                        nextSequences[r] = seq;
                        keptRows.add(r);
                    }
                }
                length++;
                if (length >= maxLength) {
                    // Out of room: every unfinished beam becomes a hypothesis, as in HF's finalize().
                    for (int g = 0, k = 0; g < active.length; g++) {
                        if (done[g]) {
                            continue;
                        }
                        for (int b = 0; b < beams; b++, k++) {
                            int r = keptRows.get(k);
                            hypotheses[active[g]].add(nextSequences[r], nextScore[r], nextSequences[r].length - 1);
                        }
                    }
                    break;
                }
                if (keptSentences.isEmpty()) {
                    break;
                }
                int[] gather = new int[keptRows.size()];
                int[][] compactSequences = new int[gather.length][];
                float[] compactScores = new float[gather.length];
                for (int j = 0; j < gather.length; j++) {
                    int r = keptRows.get(j);
                    gather[j] = sourceRow[r];
                    compactSequences[j] = nextSequences[r];
                    compactScores[j] = nextScore[r];
                }
                boolean rowsLeft = gather.length < rows;
                if (rowsLeft || !isIdentity(gather)) {
                    cache.select(gather, rowsLeft);
                }
                if (rowsLeft) {
                    int[] encoderRows = new int[gather.length];
                    for (int j = 0; j < gather.length; j++) {
                        encoderRows[j] = keptRows.get(j); // encoder rows are equal within a sentence
                    }
                    EncoderOutput smaller = encoder.gather(encoderRows);
                    encoder.close();
                    encoder = smaller;
                }
                sequences = compactSequences;
                beamScores = compactScores;
                active = keptSentences.stream().mapToInt(Integer::intValue).toArray();
            }
        } finally {
            encoder.close();
        }
        return hypotheses;
    }

    /** Adds row r's candidates (its log-softmax scores plus the beam score) to the running top list. */
    private void collect(float[] row, int r, int[] sequence, int length, float beamScore, Candidates top) {
        float max = Float.NEGATIVE_INFINITY;
        for (float x : row) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (float x : row) {
            sum += Math.exp(x - max);
        }
        float logSumExp = (float) (max + Math.log(sum));

        int forced = rules.forced(length);
        if (forced >= 0) {
            // HF's ForcedEOSTokenLogitsProcessor: every other token scores -inf.
            for (int v = 0; v < row.length; v++) {
                top.offer(v == forced ? beamScore : Float.NEGATIVE_INFINITY, r, v);
            }
            return;
        }
        boolean[] banned = rules.banned(sequence, length);
        for (int v = 0; v < row.length; v++) {
            float score = banned[v] ? Float.NEGATIVE_INFINITY : (row[v] - logSumExp) + beamScore;
            top.offer(score, r, v);
        }
    }

    /**
     * HF's {@code BeamSearchScorer.process} for one sentence. Fills the sentence's next beams and
     * returns whether it is done.
     */
    private boolean chooseBeams(int g, Candidates top, int[][] sequences, BeamHypotheses hypotheses, int length,
            int[] sourceRow, int[] nextToken, float[] nextScore) {
        int beam = 0;
        for (int rank = 0; rank < top.size() && beam < beams; rank++) {
            int r = top.row(rank);
            int token = top.token(rank);
            float score = top.score(rank);
            if (token == settings.eosTokenId()) {
                if (rank >= beams) {
                    continue;
                }
                // cur_len in HF is length + 1; generated length excludes the one-token decoder prompt.
                hypotheses.add(sequences[r], score, length);
            } else {
                int slot = g * beams + beam;
                sourceRow[slot] = r;
                nextToken[slot] = token;
                nextScore[slot] = score;
                beam++;
            }
        }
        return hypotheses.isDone(top.score(0), length);
    }

    private static Generated finish(BeamHypotheses.Hypothesis hypothesis, int maxLength, int eos) {
        int[] best = hypothesis.tokens();
        int[] sequence = best.length < maxLength ? Arrays.copyOf(best, best.length + 1) : best;
        if (best.length < maxLength) {
            sequence[best.length] = eos;
        }
        return new Generated(sequence, sequence.length >= maxLength, hypothesis.sumLogProbs());
    }

    private static boolean isIdentity(int[] rows) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != i) {
                return false;
            }
        }
        return true;
    }

    /**
     * The k best (score, row, token) triples seen so far, best first. Equal scores keep the order
     * they were offered in (lower row, then lower token first), which is what torch.topk does on
     * CPU in practice.
     */
    static final class Candidates {
        private final float[] scores;
        private final int[] rows;
        private final int[] tokens;
        private int size;

        Candidates(int k) {
            scores = new float[k];
            rows = new int[k];
            tokens = new int[k];
        }

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        float score(int i) {
            return scores[i];
        }

        int row(int i) {
            return rows[i];
        }

        int token(int i) {
            return tokens[i];
        }

        void offer(float score, int row, int token) {
            int k = scores.length;
            if (size == k && !(score > scores[k - 1])) {
                return;
            }
            int i = size == k ? k - 1 : size++;
            while (i > 0 && score > scores[i - 1]) {
                scores[i] = scores[i - 1];
                rows[i] = rows[i - 1];
                tokens[i] = tokens[i - 1];
                i--;
            }
            scores[i] = score;
            rows[i] = row;
            tokens[i] = token;
        }
    }
}
