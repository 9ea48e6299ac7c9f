package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownVectorsTest {

    /** Embeds a sentence as its length and records what it was asked. */
    private static final class Recording implements Embedder {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[][] embed(List<String> sentences) {
            calls.add(List.copyOf(sentences));
            return sentences.stream().map(s -> new float[] {s.length(), 1}).toArray(float[][]::new);
        }
    }

    @Test
    void knownSentencesAreAnsweredAndOnlyTheOthersEmbeddedInOneCall() {
        Recording model = new Recording();
        Map<String, float[]> known = new HashMap<>(Map.of("kept", new float[] {9, 9}));
        KnownVectors vectors = new KnownVectors(known, model);
        float[][] out = vectors.embed(List.of("new one", "kept", "two"));
        assertArrayEquals(new float[] {7, 1}, out[0]);
        assertArrayEquals(new float[] {9, 9}, out[1]);
        assertArrayEquals(new float[] {3, 1}, out[2]);
        assertEquals(List.of(List.of("new one", "two")), model.calls);
        assertEquals(1, vectors.reused());
        assertEquals(2, vectors.embedded());
        out[1][0] = 0;
        assertArrayEquals(new float[] {9, 9}, vectors.embed(List.of("kept"))[0], "callers get copies");
        assertEquals(1, model.calls.size(), "nothing to embed, no call");
    }

    @Test
    void aVectorOfAnotherDimensionIsNotUsed() {
        Recording model = new Recording();
        KnownVectors vectors = new KnownVectors(Map.of("odd", new float[] {1, 2, 3}), model);
        assertArrayEquals(new float[] {3, 1}, vectors.embed(List.of("odd"))[0]);
    }
}
