package nashra.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Classic LexRank (Erkan and Radev, 2004) baseline: sentences are nodes, an edge joins two whose
 * idf-modified TF-IDF cosine exceeds a threshold, and a sentence's score is its stationary
 * probability under a random walk with teleportation over that graph (PageRank on degree-normalised
 * edges), found by power iteration. The top {@code k} are returned in article order. As in the
 * paper every sentence is its own neighbour, so a sentence linked to nothing keeps the uniform
 * share 1/N rather than sinking to the bottom.
 *
 * <p>Words are {@link Tokens} Porter-stemmed. Inverse document frequencies come from a background
 * collection when one is given ({@link #LexRank(Options, Map, int)}), as in the paper; otherwise
 * from the article itself with each sentence as a document.
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
    /** Document frequency per stemmed word in the background collection; empty when none. */
    private final Map<String, Integer> documentFrequency;

    private final int documents;

    /** LexRank with default options and idf from each article's own sentences. */
    public LexRank() {
        this(Options.defaults(), Map.of(), 0);
    }

    /**
     * LexRank with idf from a background collection.
     *
     * @param documentFrequency how many background documents contain each stemmed word (see
     *     {@link #documentFrequencies})
     * @param documents how many background documents there are
     */
    public LexRank(Options options, Map<String, Integer> documentFrequency, int documents) {
        this.options = options;
        this.documentFrequency = Map.copyOf(documentFrequency);
        this.documents = documents;
    }

    /** Counts, for each stemmed word, how many of the texts contain it. */
    public static Map<String, Integer> documentFrequencies(List<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            for (String word : new HashSet<>(Tokens.of(text, true))) {
                df.merge(word, 1, Integer::sum);
            }
        }
        return df;
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
        List<Map<String, Double>> vectors = tfIdfVectors(sentences);
        boolean[][] linked = new boolean[n][n];
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // Every sentence links to itself, which also keeps degrees above zero.
                linked[i][j] = i == j || cosine(vectors.get(i), vectors.get(j)) > options.threshold();
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

    private List<Map<String, Double>> tfIdfVectors(List<String> sentences) {
        List<List<String>> words = sentences.stream().map(s -> Tokens.of(s, true)).toList();
        Map<String, Integer> df = documentFrequency;
        int docs = documents;
        if (df.isEmpty()) {
            df = new HashMap<>();
            for (List<String> w : words) {
                for (String word : new HashSet<>(w)) {
                    df.merge(word, 1, Integer::sum);
                }
            }
            docs = sentences.size();
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (List<String> w : words) {
            Map<String, Double> tf = new HashMap<>();
            for (String word : w) {
                tf.merge(word, 1.0, Double::sum);
            }
            Map<String, Double> vector = new HashMap<>();
            for (Map.Entry<String, Double> e : tf.entrySet()) {
                // log(N/df), add-one smoothed so a word unseen in the background gets the highest
                // weight instead of infinity; a word in every document still weighs about 0.
                double idf = Math.log((docs + 1.0) / (df.getOrDefault(e.getKey(), 0) + 1.0));
                vector.put(e.getKey(), e.getValue() * idf);
            }
            vectors.add(vector);
        }
        return vectors;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** For reports: which idf the instance uses. */
    @Override
    public String toString() {
        return "LexRank" + options + (documentFrequency.isEmpty() ? " idf=article" : " idf=" + documents + " docs");
    }
}
