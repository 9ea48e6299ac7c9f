package nashra.summarize;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product measures how alike their meanings are.
 * {@link SentenceEmbedder} is the real one; tests of the selection logic use hand-made vectors
 * through this seam.
 */
public interface Embedder {

    /** Length of every vector returned. */
    int dimension();

    /**
     * Embeds the sentences.
     *
     * @return one unit-length vector per sentence, in the same order
     */
    float[][] embed(List<String> sentences);
}
