package nashra.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Extractive summariser: picks the {@code k} English sentences that best stand for the article.
 *
 * <ol>
 *   <li><em>Centrality.</em> A sentence that says what many others say is about the article's main
 *       point. Each non-blank sentence gets its mean similarity to the other sentences in two ways,
 *       each rescaled to [0, 1] within the article and then mixed by {@code lexicalWeight}: cosine
 *       of MiniLM embeddings ({@link Embedder}), which sees a fact restated in other words (common
 *       in machine translation), and TF-IDF cosine of stemmed words ({@link Idf}), which sees the
 *       shared names and numbers an embedding blurs.
 *   <li><em>Position.</em> A prior {@code 0.5^(rank / positionHalfLife)} favours early sentences,
 *       because news is written lead first: relevance is {@code (1 - w) * centrality + w * prior}.
 *   <li><em>Length.</em> Relevance is multiplied by {@code (words / words in the article's longest
 *       sentence) ^ lengthExponent}: short sentences (one-line quotes, datelines, captions) seldom
 *       carry the news; in the BBC human summaries a sentence under 10 words is chosen half as
 *       often as one over 30.
 *   <li><em>Redundancy.</em> Sentences are chosen greedily by maximal marginal relevance, {@code
 *       lambda * relevance - (1 - lambda) * (highest embedding similarity to a sentence already
 *       chosen)}, so a second sentence saying the same thing loses to one that adds something; a
 *       sentence whose similarity to a chosen one reaches {@code duplicateCutoff} is never chosen
 *       (a paragraph of wire copy that two outlets both carried, translated twice).
 * </ol>
 *
 * The chosen sentences come back in article order, each with its Arabic source.
 */
public final class Summarizer implements SentencePicker {

    /**
     * @param k how many sentences {@link #summarize} picks
     * @param positionWeight w, the share of relevance given to the position prior, in [0, 1]
     * @param positionHalfLife how many sentences further down the prior halves; > 0
     * @param lengthExponent how strongly longer sentences are preferred; 0 turns length off
     * @param lexicalWeight share of centrality from TF-IDF rather than embedding similarity, in [0,
     *     1]
     * @param lambda MMR trade-off in [0, 1]: 1 ignores redundancy, lower values penalise it more
     * @param duplicateCutoff embedding cosine at or above which a sentence counts as a repeat of
     *     one already chosen
     */
    public record Options(
            int k,
            double positionWeight,
            double positionHalfLife,
            double lengthExponent,
            double lexicalWeight,
            double lambda,
            double duplicateCutoff) {
        public Options {
            if (k < 0) {
                throw new IllegalArgumentException("k must be >= 0: " + k);
            }
            if (outsideUnit(positionWeight) || outsideUnit(lexicalWeight) || outsideUnit(lambda)) {
                throw new IllegalArgumentException(
                        "positionWeight, lexicalWeight and lambda must lie in [0, 1]");
            }
            if (!(positionHalfLife > 0)) {
                throw new IllegalArgumentException("positionHalfLife must be > 0");
            }
            if (lengthExponent < 0) {
                throw new IllegalArgumentException("lengthExponent must be >= 0");
            }
        }

        private static boolean outsideUnit(double x) {
            return !(x >= 0 && x <= 1);
        }

        /**
         * The best setting on the dev split of the BBC News Summary set for word weights taken from
         * the article itself (see SummaryEvaluation), except lambda: dev prefers 1.0 (BBC articles
         * have no repeats to penalise) by 0.002 ROUGE-2, and multi-source news does repeat itself.
         */
        public static Options defaults() {
            return new Options(3, 0.2, 4.0, 0.5, 0.5, 0.9, 0.92);
        }

        public Options withK(int newK) {
            return new Options(
                    newK,
                    positionWeight,
                    positionHalfLife,
                    lengthExponent,
                    lexicalWeight,
                    lambda,
                    duplicateCutoff);
        }
    }

    /**
     * What the summariser knows about an article's non-blank sentences, computed once so that
     * several settings can be tried on it (the evaluation's grid search).
     */
    record SentenceGraph(
            List<Sentence> candidates, double[][] semantic, double[][] lexical, int[] words) {}

    /**
     * Share of relevance a sentence with a translation warning loses: it is still chosen when it is
     * clearly the most relevant, but not over an unflagged sentence within about a fifth of it.
     */
    static final double DOUBTFUL_PENALTY = 0.2;

    private final Embedder embedder;
    private final Options options;
    private final Idf background;

    /** A summariser with the default options and word weights from each article itself. */
    public Summarizer(Embedder embedder) {
        this(embedder, Options.defaults(), null);
    }

    public Summarizer(Embedder embedder, Options options) {
        this(embedder, options, null);
    }

    /**
     * @param background word weights from a background collection (say, the night's articles), or
     *     null to weigh words by the sentences of each article
     */
    public Summarizer(Embedder embedder, Options options, Idf background) {
        this.embedder = Objects.requireNonNull(embedder);
        this.options = Objects.requireNonNull(options);
        this.background = background;
    }

    public Options options() {
        return options;
    }

    @Override
    public String name() {
        return "Summarizer";
    }

    /** Picks {@link Options#k()} sentences. */
    public List<Sentence> summarize(List<Sentence> article) {
        return pick(article, options.k());
    }

    @Override
    public List<Sentence> pick(List<Sentence> article, int k) {
        checkK(k);
        List<Sentence> candidates = nonBlank(article);
        if (candidates.size() <= 1 || k == 0) {
            // Nothing to compare, so no need to run the model.
            return candidates.stream().limit(k).toList();
        }
        float[][] vectors = embedder.embed(candidates.stream().map(Sentence::english).toList());
        return choose(graph(candidates, vectors), k);
    }

    /**
     * Picks sentences using vectors the caller already has, e.g. when the same embeddings also
     * serve story grouping.
     *
     * @param vectors one unit vector per sentence of {@code article} (blank ones included, ignored)
     */
    public List<Sentence> pick(List<Sentence> article, float[][] vectors, int k) {
        checkK(k);
        return choose(graph(article, vectors), k);
    }

    /** Builds the similarity graph of the article's non-blank sentences. */
    SentenceGraph graph(List<Sentence> article, float[][] vectors) {
        if (vectors.length != article.size()) {
            throw new IllegalArgumentException(
                    article.size() + " sentences but " + vectors.length + " vectors");
        }
        List<Sentence> candidates = new ArrayList<>();
        List<float[]> kept = new ArrayList<>();
        for (int i = 0; i < article.size(); i++) {
            if (!article.get(i).isBlank()) {
                candidates.add(article.get(i));
                kept.add(vectors[i]);
            }
        }
        List<List<String>> words =
                candidates.stream().map(s -> Tokens.of(s.english(), true)).toList();
        Idf idf = background != null ? background : Idf.fromTokenized(words);
        int[] counts = words.stream().mapToInt(List::size).toArray();
        return new SentenceGraph(
                candidates,
                Vectors.similarities(kept.toArray(float[][]::new)),
                idf.similarities(words),
                counts);
    }

    /** Greedy MMR selection over the graph; the result is in article order. */
    List<Sentence> choose(SentenceGraph graph, int k) {
        checkK(k);
        List<Sentence> candidates = graph.candidates();
        double[][] similarity = graph.semantic();
        double[] relevance = relevance(graph);
        List<Integer> chosen = new ArrayList<>();
        boolean[] excluded = new boolean[candidates.size()];
        while (chosen.size() < k) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < candidates.size(); i++) {
                if (excluded[i]) {
                    continue;
                }
                double redundancy = 0;
                for (int j : chosen) {
                    redundancy = Math.max(redundancy, similarity[i][j]);
                }
                if (!chosen.isEmpty() && redundancy >= options.duplicateCutoff()) {
                    excluded[i] = true;
                    continue;
                }
                double value =
                        options.lambda() * relevance[i] - (1 - options.lambda()) * redundancy;
                // Strictly greater: on a tie the earlier sentence wins.
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
            excluded[best] = true;
        }
        return chosen.stream()
                .map(candidates::get)
                .sorted(Comparator.comparingInt(Sentence::index))
                .toList();
    }

    /** Centrality mixed with the position prior, scaled by length. */
    double[] relevance(SentenceGraph graph) {
        int n = graph.candidates().size();
        double[] semantic = rescaled(meanToOthers(graph.semantic()));
        double[] lexical = rescaled(meanToOthers(graph.lexical()));
        int longest = 1;
        for (int words : graph.words()) {
            longest = Math.max(longest, words);
        }
        double w = options.positionWeight();
        double beta = options.lexicalWeight();
        double[] relevance = new double[n];
        for (int i = 0; i < n; i++) {
            double central = (1 - beta) * semantic[i] + beta * lexical[i];
            double prior = Math.pow(0.5, i / options.positionHalfLife());
            double length = Math.pow((double) graph.words()[i] / longest, options.lengthExponent());
            relevance[i] = ((1 - w) * central + w * prior) * length;
            if (graph.candidates().get(i).doubtful()) {
                relevance[i] *= 1 - DOUBTFUL_PENALTY;
            }
        }
        return relevance;
    }

    private static double[] meanToOthers(double[][] similarity) {
        int n = similarity.length;
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum += similarity[i][j];
                }
            }
            mean[i] = n > 1 ? sum / (n - 1) : 1;
        }
        return mean;
    }

    /**
     * Min-max rescaling to [0, 1] within the article, so that weights mean the same whatever the
     * spread of similarities (embedding cosines sit near 0.3, TF-IDF cosines near 0.05); all equal
     * gives all 1.
     */
    private static double[] rescaled(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = max > min ? (x[i] - min) / (max - min) : 1;
        }
        return out;
    }

    private static void checkK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
    }

    private static List<Sentence> nonBlank(List<Sentence> article) {
        return article.stream().filter(s -> !s.isBlank()).toList();
    }
}
