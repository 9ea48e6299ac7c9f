package nashra.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank baseline (Mihalcea and Tarau, 2004) for sentence extraction: sentences are nodes, two
 * sentences are joined by an edge weighted by their word overlap normalised by length, {@code
 * |Si ∩ Sj| / (log|Si| + log|Sj|)}, and a sentence's score is its weighted PageRank, {@code WS(i) =
 * (1 - d) + d * sum_j w_ji / (sum_k w_jk) * WS(j)}, found by power iteration. Sentences are then
 * taken in score order (ties to the earlier sentence).
 *
 * <p>Evaluation only: the briefing does not run it.
 */
final class TextRank {

    /** Common English function words, left out of the overlap when {@code stopWords} is set. */
    private static final Set<String> STOP_WORDS = SourceWords.ENGLISH_STOP_WORDS;

    /**
     * @param damping d, the probability of following an edge (the paper's 0.85)
     * @param stem Porter-stem the words before matching
     * @param stopWords leave common function words out of the overlap
     */
    record Options(double damping, boolean stem, boolean stopWords) {
        static Options defaults() {
            return new Options(0.85, true, false);
        }
    }

    private final Options options;

    TextRank(Options options) {
        this.options = options;
    }

    /** Indices into {@code sentences} from highest to lowest score. */
    List<Integer> ranking(List<String> sentences) {
        double[] scores = scores(sentences);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        return order;
    }

    double[] scores(List<String> sentences) {
        int n = sentences.size();
        List<Set<String>> words = new ArrayList<>();
        int[] lengths = new int[n];
        for (String s : sentences) {
            List<String> tokens = Tokens.of(s, options.stem());
            if (options.stopWords()) {
                tokens = tokens.stream().filter(t -> !STOP_WORDS.contains(t)).toList();
            }
            lengths[words.size()] = tokens.size();
            words.add(new HashSet<>(tokens));
        }
        double[][] weight = new double[n][n];
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int shared = 0;
                for (String w : words.get(i)) {
                    if (words.get(j).contains(w)) {
                        shared++;
                    }
                }
                // log of a one-word sentence is 0: floor the lengths at 2 to keep the weight finite.
                double norm =
                        Math.log(Math.max(2, lengths[i])) + Math.log(Math.max(2, lengths[j]));
                double w = shared / norm;
                weight[i][j] = w;
                weight[j][i] = w;
                outSum[i] += w;
                outSum[j] += w;
            }
        }
        double d = options.damping();
        double[] score = new double[n];
        Arrays.fill(score, 1);
        for (int iteration = 0; iteration < 200; iteration++) {
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (weight[j][i] > 0) {
                        sum += weight[j][i] / outSum[j] * score[j];
                    }
                }
                next[i] = (1 - d) + d * sum;
                change += Math.abs(next[i] - score[i]);
            }
            score = next;
            if (change < 1e-8) {
                break;
            }
        }
        return score;
    }
}
