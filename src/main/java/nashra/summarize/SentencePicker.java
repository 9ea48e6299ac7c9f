package nashra.summarize;

import java.util.List;

/**
 * Chooses up to {@code k} sentences of an article. One seam for the summariser and its baselines so
 * the evaluation scores all of them the same way.
 */
public interface SentencePicker {

    /** A short name for reports. */
    String name();

    /**
     * Picks at most {@code k} non-blank sentences.
     *
     * @param article the article's sentences in article order
     * @param k how many to pick at most
     * @return the chosen sentences in article order (ascending {@link Sentence#index()})
     */
    List<Sentence> pick(List<Sentence> article, int k);
}
