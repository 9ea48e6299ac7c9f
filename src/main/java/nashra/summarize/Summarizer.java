package nashra.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Extractive summariser: picks the {@code k} English sentences that best stand for the article.
 *
 * <ol>
 *   <li>Each non-blank sentence is embedded ({@link Embedder}); its <em>centrality</em> is its mean
 *       cosine similarity to the other sentences, rescaled to [0, 1] within the article: a sentence
 *       that says what many others say is about the article's main point.
 *   <li>A <em>position prior</em> {@code 0.5^(rank / positionHalfLife)} favours early sentences,
 *       because news is written lead first. The score is {@code (1 - w) * centrality + w * prior}.
 *   <li>Sentences are chosen greedily by maximal marginal relevance, {@code lambda * score - (1 -
 *       lambda) * (highest similarity to a sentence already chosen)}, so a second sentence saying
 *       the same thing loses to one that adds something; any sentence whose similarity to a chosen
 *       one reaches {@code duplicateCutoff} is never chosen (wire copy repeated by an outlet).
 * </ol>
 *
 * The chosen sentences come back in article order, each with its Arabic source.
 */
public final class Summarizer implements SentencePicker {

    /**
     * @param k how many sentences {@link #summarize} picks
     * @param positionWeight w, the share of the score given to the position prior, in [0, 1]
     * @param positionHalfLife how many sentences further down the prior halves; > 0
     * @param lambda MMR trade-off in [0, 1]: 1 ignores redundancy, lower values penalise it more
     * @param duplicateCutoff cosine similarity at or above which a sentence counts as a repeat of
     *     one already chosen
     */
    public record Options(
            int k, double positionWeight, double positionHalfLife, double lambda, double duplicateCutoff) {
        public Options {
            if (k < 0) {
                throw new IllegalArgumentException("k must be >= 0: " + k);
            }
            if (positionWeight < 0 || positionWeight > 1 || lambda < 0 || lambda > 1) {
                throw new IllegalArgumentException("positionWeight and lambda must lie in [0, 1]");
            }
            if (!(positionHalfLife > 0)) {
                throw new IllegalArgumentException("positionHalfLife must be > 0");
            }
        }

        /** Tuned on the dev split of the BBC News Summary set (see SummaryEvaluation). */
        public static Options defaults() {
            return new Options(3, 0.5, 4.0, 0.7, 0.92);
        }

        public Options withK(int newK) {
            return new Options(newK, positionWeight, positionHalfLife, lambda, duplicateCutoff);
        }
    }

    private final Embedder embedder;
    private final Options options;

    public Summarizer(Embedder embedder) {
        this(embedder, Options.defaults());
    }

    public Summarizer(Embedder embedder, Options options) {
        this.embedder = Objects.requireNonNull(embedder);
        this.options = Objects.requireNonNull(options);
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
        List<Sentence> candidates = nonBlank(article);
        if (candidates.size() <= 1 || k == 0) {
            // Nothing to compare, so no need to run the model.
            return candidates.stream().limit(k).toList();
        }
        float[][] vectors = embedder.embed(candidates.stream().map(Sentence::english).toList());
        return choose(candidates, vectors, k);
    }

    /**
     * Picks sentences using vectors the caller already has, e.g. when the same embeddings also
     * serve story grouping, or an evaluation tries many settings.
     *
     * @param vectors one unit vector per sentence of {@code article} (blank ones included, ignored)
     */
    public List<Sentence> pick(List<Sentence> article, float[][] vectors, int k) {
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
        return choose(candidates, kept.toArray(float[][]::new), k);
    }

    private List<Sentence> choose(List<Sentence> candidates, float[][] vectors, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        double[][] similarity = Vectors.similarities(vectors);
        double[] score = scores(similarity);
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
                double value = options.lambda() * score[i] - (1 - options.lambda()) * redundancy;
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

    /** Relevance of each candidate: centrality mixed with the position prior. */
    double[] scores(double[][] similarity) {
        int n = similarity.length;
        double[] centrality = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum += similarity[i][j];
                }
            }
            centrality[i] = n > 1 ? sum / (n - 1) : 1;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double c : centrality) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        double w = options.positionWeight();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            // Rescaled so the weight w means the same whatever the spread of similarities.
            double central = max > min ? (centrality[i] - min) / (max - min) : 1;
            double prior = Math.pow(0.5, i / options.positionHalfLife());
            score[i] = (1 - w) * central + w * prior;
        }
        return score;
    }

    private static List<Sentence> nonBlank(List<Sentence> article) {
        return article.stream().filter(s -> !s.isBlank()).toList();
    }
}
