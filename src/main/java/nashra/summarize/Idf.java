package nashra.summarize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies of stemmed English words ({@link Tokens}), and the TF-IDF vectors
 * and cosines built on them. Used for lexical similarity by {@link Summarizer} (and by the LexRank
 * baseline of the evaluation, in the test tree).
 *
 * <p>A background collection (for example all articles of the night) tells which words are common;
 * without one, the sentences of the article itself serve as the documents.
 */
public final class Idf {

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private Idf(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /** Frequencies over a background collection of texts (each text is one document). */
    public static Idf fromDocuments(List<String> texts) {
        return fromTokenized(texts.stream().map(t -> Tokens.of(t, true)).toList());
    }

    /**
     * Frequencies over already tokenised (stemmed) documents, e.g. the sentences of one article.
     */
    static Idf fromTokenized(List<List<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> words : documents) {
            for (String word : new HashSet<>(words)) {
                df.merge(word, 1, Integer::sum);
            }
        }
        return new Idf(Map.copyOf(df), documents.size());
    }

    public int documents() {
        return documents;
    }

    /**
     * log(N / df), add-one smoothed so a word never seen gets the highest weight instead of
     * infinity, and a word found in every document weighs about 0.
     */
    double weight(String word) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(word, 0) + 1.0));
    }

    /** TF-IDF vector of a tokenised sentence. */
    Map<String, Double> vector(List<String> words) {
        Map<String, Double> v = new HashMap<>();
        for (String word : words) {
            v.merge(word, weight(word), Double::sum);
        }
        return v;
    }

    /** Pairwise TF-IDF cosines of tokenised sentences. */
    double[][] similarities(List<List<String>> sentences) {
        int n = sentences.size();
        List<Map<String, Double>> vectors = sentences.stream().map(this::vector).toList();
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double x : vectors.get(i).values()) {
                sum += x * x;
            }
            norms[i] = Math.sqrt(sum);
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = norms[i] > 0 ? 1 : 0;
            for (int j = i + 1; j < n; j++) {
                double c =
                        norms[i] == 0 || norms[j] == 0
                                ? 0
                                : dot(vectors.get(i), vectors.get(j)) / (norms[i] * norms[j]);
                sim[i][j] = c;
                sim[j][i] = c;
            }
        }
        return sim;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return dot(b, a);
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                sum += e.getValue() * other;
            }
        }
        return sum;
    }
}
