package nashra.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Classic LexRank (Erkan and Radev, 2004) baseline: sentences are nodes, an edge joins two whose
 * idf-modified TF-IDF cosine exceeds a threshold, and a sentence's score is its stationary
 * probability under a random walk with teleportation over that graph (PageRank on degree-normalised
 * edges), found by power iteration. The top {@code k} are returned in article order. As in the
 * paper every sentence is its own neighbour, so a sentence linked to nothing keeps the uniform
 * share 1/N rather than sinking to the bottom.
 *
 * <p>Words are {@link Tokens} Porter-stemmed. Inverse document frequencies come from a background
 * collection when one is given ({@link #LexRank(Options, Idf)}), as in the paper; otherwise from
 * the article itself with each sentence as a document.
 */
public final class LexRank implements SentencePicker {

    /**
     * @param threshold cosine above which two sentences are linked (the paper's best was 0.1)
     * @param damping probability of jumping to a random sentence at each step (the paper's d=0.15)
     * @param tolerance stop when the L1 change of the scores falls below this
     * @param maxIterations stop after this many steps regardless
     */
    public record Options(double threshold, double damping, double tolerance, int maxIterations) {
        public static Options defaults() {
            return new Options(0.1, 0.15, 1e-8, 200);
        }
    }

    private final Options options;

    /** Word weights from a background collection; null to use each article's own sentences. */
    private final Idf background;

    /** LexRank with default options and idf from each article's own sentences. */
    public LexRank() {
        this(Options.defaults(), null);
    }

    /**
     * @param background idf from a background collection, or null to compute it from each article's
     *     sentences
     */
    public LexRank(Options options, Idf background) {
        this.options = options;
        this.background = background;
    }

    @Override
    public String name() {
        return "LexRank";
    }

    @Override
    public List<Sentence> pick(List<Sentence> article, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        List<Sentence> candidates = article.stream().filter(s -> !s.isBlank()).toList();
        if (candidates.size() <= k) {
            return candidates;
        }
        double[] scores = scores(candidates.stream().map(Sentence::english).toList());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        // Highest score first; ties go to the earlier sentence.
        order.sort(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        return order.subList(0, k).stream().sorted().map(candidates::get).toList();
    }

    /** LexRank scores of the sentences; they sum to 1. */
    double[] scores(List<String> sentences) {
        int n = sentences.size();
        List<List<String>> words = sentences.stream().map(s -> Tokens.of(s, true)).toList();
        Idf idf = background != null ? background : Idf.fromTokenized(words);
        double[][] similarity = idf.similarities(words);
        boolean[][] linked = new boolean[n][n];
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // Every sentence links to itself, which also keeps degrees above zero.
                linked[i][j] = i == j || similarity[i][j] > options.threshold();
                if (linked[i][j]) {
                    degree[i]++;
                }
            }
        }
        return powerIteration(linked, degree);
    }

    private double[] powerIteration(boolean[][] linked, int[] degree) {
        int n = degree.length;
        double d = options.damping();
        double[] p = new double[n];
        Arrays.fill(p, 1.0 / n);
        for (int iteration = 0; iteration < options.maxIterations(); iteration++) {
            double[] next = new double[n];
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    if (linked[i][j]) {
                        sum += p[i] / degree[i];
                    }
                }
                next[j] = d / n + (1 - d) * sum;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - p[i]);
            }
            p = next;
            if (change < options.tolerance()) {
                break;
            }
        }
        return p;
    }

    /** For reports: which idf the instance uses. */
    @Override
    public String toString() {
        return "LexRank"
                + options
                + (background == null
                        ? " idf=article"
                        : " idf=" + background.documents() + " docs");
    }
}
