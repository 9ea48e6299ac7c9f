package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class EmbeddingTranslatorTest {

    @Test
    void meanPoolingSkipsPaddingAndNormalises() {
        // batch 2, 3 tokens, dim 2; the second sentence has one padding token.
        float[] hidden = {
            1, 0, 3, 0, 2, 0, // sentence 0: mean (2, 0) -> (1, 0)
            0, 3, 0, 1, 99, 99 // sentence 1: mean of first two (0, 2) -> (0, 1); pad ignored
        };
        long[][] mask = {{1, 1, 1}, {1, 1, 0}};
        float[][] pooled = EmbeddingTranslator.meanPool(hidden, mask, 2, 3, 2);
        assertArrayEquals(new float[] {1, 0}, pooled[0], 1e-6f);
        assertArrayEquals(new float[] {0, 1}, pooled[1], 1e-6f);
    }

    @Test
    void poolingOfUnevenVectorGivesUnitLength() {
        float[] hidden = {3, 4, 3, 4};
        float[][] pooled = EmbeddingTranslator.meanPool(hidden, new long[][] {{1, 1}}, 1, 2, 2);
        assertArrayEquals(new float[] {0.6f, 0.8f}, pooled[0], 1e-6f);
    }
}
