package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class SummarizerTest {

    /** Vectors chosen by hand so the expected choice is plain; each is scaled to unit length. */
    private static final class HandEmbedder implements Embedder {
        private final Map<String, float[]> vectors;
        int calls;

        HandEmbedder(Map<String, float[]> vectors) {
            this.vectors = vectors;
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[][] embed(List<String> sentences) {
            calls++;
            float[][] out = new float[sentences.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = Vectors.normalize(vectors.get(sentences.get(i)).clone());
            }
            return out;
        }
    }

    private static final Embedder NEVER =
            new Embedder() {
                @Override
                public int dimension() {
                    return 3;
                }

                @Override
                public float[][] embed(List<String> sentences) {
                    throw new AssertionError("the model should not be needed");
                }
            };

    private static List<Sentence> article(String... english) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < english.length; i++) {
            out.add(new Sentence(i, "عربي " + i, english[i]));
        }
        return out;
    }

    private static List<Integer> indices(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::index).toList();
    }

    // Topic A is the article's main point (x axis); B and C are side topics.
    private static final Map<String, float[]> VECTORS =
            Map.of(
                    "side C", new float[] {0, 0, 1},
                    "main A", new float[] {1, 0.2f, 0.2f},
                    "main A again", new float[] {1, 0.2f, 0.21f},
                    "about A", new float[] {1, 0.6f, 0},
                    "side B", new float[] {0, 1, 0},
                    "also A", new float[] {1, 0, 0.6f});

    private static List<Sentence> sixSentences() {
        return article("side C", "main A", "main A again", "about A", "side B", "also A");
    }

    @Test
    void centralityAlonePicksTheMainPointAndDropsTheNearRepeat() {
        Summarizer s =
                new Summarizer(
                        new HandEmbedder(VECTORS),
                        new Summarizer.Options(2, 0, 1, 0, 0, 1.0, 0.95));
        List<Sentence> picked = s.pick(sixSentences(), 2);
        assertEquals(2, picked.size());
        // "main A" and "main A again" are the two most central (mean cosine 0.647 and 0.649), but
        // they are near-identical (cosine 1.000 > 0.95), so only one is taken and the second pick
        // is the next most central, "also A" (0.620).
        assertEquals(List.of(2, 5), indices(picked));
    }

    @Test
    void withoutTheCutoffTheRepeatIsTakenWhenRedundancyIsIgnored() {
        Summarizer s =
                new Summarizer(
                        new HandEmbedder(VECTORS),
                        new Summarizer.Options(2, 0, 1, 0, 0, 1.0, 1.01));
        assertEquals(List.of(1, 2), indices(s.pick(sixSentences(), 2)));
    }

    @Test
    void mmrPrefersASentenceThatAddsSomething() {
        // Strong redundancy penalty: after the main point, a side topic beats another A sentence.
        Summarizer s =
                new Summarizer(
                        new HandEmbedder(VECTORS),
                        new Summarizer.Options(2, 0, 1, 0, 0, 0.3, 1.01));
        List<Integer> picked = indices(s.pick(sixSentences(), 2));
        assertTrue(picked.contains(0) || picked.contains(4), picked.toString());
    }

    @Test
    void fullPositionWeightIsTheLead() {
        Summarizer s =
                new Summarizer(
                        new HandEmbedder(VECTORS),
                        new Summarizer.Options(3, 1, 2, 0, 0, 1.0, 1.01));
        assertEquals(List.of(0, 1, 2), indices(s.summarize(sixSentences())));
    }

    @Test
    void lengthPreferenceBreaksATieOfMeaningTowardsTheLongerSentence() {
        Map<String, float[]> same =
                Map.of(
                        "Talks failed.", new float[] {1, 0, 0},
                        "Talks between the two sides failed late on Sunday night.",
                                new float[] {1, 0, 0},
                        "Rain.", new float[] {0, 1, 0});
        List<Sentence> a =
                article(
                        "Talks failed.",
                        "Talks between the two sides failed late on Sunday night.",
                        "Rain.");
        Summarizer noLength =
                new Summarizer(
                        new HandEmbedder(same), new Summarizer.Options(1, 0, 1, 0, 0, 1, 1.01));
        assertEquals(List.of(0), indices(noLength.pick(a, 1)));
        Summarizer withLength =
                new Summarizer(
                        new HandEmbedder(same), new Summarizer.Options(1, 0, 1, 0.5, 0, 1, 1.01));
        assertEquals(List.of(1), indices(withLength.pick(a, 1)));
    }

    @Test
    void lexicalWeightRewardsSharedNamesTheEmbeddingsMiss() {
        // Identical vectors: semantic centrality ties everywhere, only shared words can decide.
        float[] same = {1, 0, 0};
        List<Sentence> a =
                article(
                        "Rain fell over the hills.",
                        "Aramco raised its Arab Light price for Asia.",
                        "Buyers in Asia expected Aramco to raise prices.",
                        "The Arab Light increase surprised buyers.");
        Map<String, float[]> vectors = new java.util.HashMap<>();
        for (Sentence s : a) {
            vectors.put(s.english(), same);
        }
        Summarizer lexical =
                new Summarizer(
                        new HandEmbedder(vectors), new Summarizer.Options(1, 0, 1, 0, 1, 1, 1.01));
        assertEquals(List.of(1), indices(lexical.pick(a, 1)));
        Summarizer semantic =
                new Summarizer(
                        new HandEmbedder(vectors), new Summarizer.Options(1, 0, 1, 0, 0, 1, 1.01));
        // All tie, so the earliest wins.
        assertEquals(List.of(0), indices(semantic.pick(a, 1)));
    }

    @Test
    void returnsKSentencesInArticleOrderWithTheirArabic() {
        Summarizer s = new Summarizer(new HandEmbedder(VECTORS));
        List<Sentence> picked = s.summarize(sixSentences());
        assertEquals(3, picked.size());
        for (int i = 1; i < picked.size(); i++) {
            assertTrue(picked.get(i - 1).index() < picked.get(i).index());
        }
        for (Sentence p : picked) {
            assertEquals("عربي " + p.index(), p.arabic());
        }
    }

    @Test
    void shortArticlesGiveAllTheirSentencesButNotRepeats() {
        Summarizer s =
                new Summarizer(
                        new HandEmbedder(VECTORS),
                        new Summarizer.Options(3, 0.3, 4, 0, 0, 0.7, 0.95));
        assertEquals(List.of(0, 1), indices(s.pick(article("side C", "main A"), 3)));
        assertEquals(List.of(0, 1, 2), indices(s.pick(article("side C", "main A", "side B"), 3)));
        // "main A again" repeats "main A": two sentences come back, not three.
        assertEquals(
                List.of(0, 2), indices(s.pick(article("main A", "main A again", "side B"), 3)));
    }

    @Test
    void oneSentenceAndEmptyArticlesNeedNoModel() {
        Summarizer s = new Summarizer(NEVER);
        assertEquals(List.of(0), indices(s.summarize(article("Only sentence."))));
        assertEquals(List.of(), s.summarize(List.of()));
        assertEquals(List.of(), s.pick(article("One.", "Two."), 0));
    }

    @Test
    void blankSentencesAreNeverChosenNorEmbedded() {
        HandEmbedder embedder = new HandEmbedder(VECTORS);
        Summarizer s = new Summarizer(embedder, new Summarizer.Options(3, 0.3, 4, 0, 0, 0.7, 0.95));
        List<Sentence> a = article("", "main A", "  ", "side B");
        assertEquals(List.of(1, 3), indices(s.summarize(a)));
        assertEquals(1, embedder.calls);
        // One non-blank sentence left: no model call at all.
        assertEquals(List.of(1), indices(s.summarize(article("", "main A", " "))));
        assertEquals(1, embedder.calls);
    }

    @Test
    void precomputedVectorsMustMatchTheArticle() {
        Summarizer s = new Summarizer(NEVER);
        assertThrows(
                IllegalArgumentException.class,
                () -> s.pick(article("a", "b"), new float[1][3], 1));
    }

    @Test
    void optionsAreChecked() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Summarizer.Options(-1, 0.5, 4, 0, 0, 0.7, 0.9));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Summarizer.Options(3, 1.5, 4, 0, 0, 0.7, 0.9));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Summarizer.Options(3, 0.5, 0, 0, 0, 0.7, 0.9));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Summarizer.Options(3, 0.5, 4, 0, 0, -0.1, 0.9));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Summarizer.Options(3, 0.5, 4, -1, 0, 0.7, 0.9));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Summarizer.Options(3, 0.5, 4, 0, 2, 0.7, 0.9));
    }
}
