package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sentence whose translation a check flagged loses a close call, and wins a clear one. */
class DoubtfulSentencesTest {

    private static final Map<String, float[]> VECTORS = Map.of(
            "a", new float[] {1, 0, 0},
            "b", new float[] {1, 0, 0},
            "c", new float[] {0.9f, (float) Math.sqrt(0.19), 0},
            "d", new float[] {0.8f, 0, 0.6f});

    private static final Embedder HAND = new Embedder() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[][] embed(List<String> texts) {
            return texts.stream().map(VECTORS::get).toArray(float[][]::new);
        }
    };

    /** Centrality alone, so the scores are known: a and b tie, c and d trail. */
    private static final Summarizer SUMMARIZER = new Summarizer(HAND, new Summarizer.Options(1, 0, 1, 0, 0, 1.0, 1.01));

    private static List<Integer> pick(List<Sentence> sentences) {
        return SUMMARIZER.pick(sentences, 1).stream().map(Sentence::index).toList();
    }

    @Test
    void anUnflaggedSentenceWinsWhenTheScoresAreClose() {
        assertEquals(List.of(0), pick(List.of(new Sentence(0, "", "a"), new Sentence(1, "", "b"),
                new Sentence(2, "", "c"), new Sentence(3, "", "d"))));
        assertEquals(List.of(1), pick(List.of(new Sentence(0, "", "a", true), new Sentence(1, "", "b"),
                new Sentence(2, "", "c"), new Sentence(3, "", "d"))));
    }

    @Test
    void aFlaggedSentenceStillWinsWhenItIsClearlyTheMostRelevant() {
        assertEquals(List.of(0), pick(List.of(new Sentence(0, "", "a", true), new Sentence(1, "", "c"),
                new Sentence(2, "", "d"))));
    }
}
