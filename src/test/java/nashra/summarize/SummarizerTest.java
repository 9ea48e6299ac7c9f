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

    private static List<Sentence> englishOnly(String... english) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < english.length; i++) {
            out.add(Sentence.english(i, english[i]));
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
        // English only: with an Arabic side the word overlap would be read from the Arabic.
        List<Sentence> a =
                englishOnly(
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
        Summarizer s =
                new Summarizer(
                        new HandEmbedder(VECTORS), Summarizer.Options.defaults().withK(3));
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
                () -> new Summarizer.Options(3, 0.5, 4, -1.5, 0, 0.7, 0.9));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Summarizer.Options(3, 0.5, 4, 0, 2, 0.7, 0.9));
    }

    // Budgets: the summary is whole sentences within the word budget.

    private static final Map<String, float[]> BUDGET_VECTORS =
            Map.of(
                    "Ministers from both sides met in the capital on Monday to discuss the long"
                            + " delayed border agreement and its timetable.",
                            new float[] {1, 0.1f, 0},
                    "The border agreement talks ended without a date for the next round of"
                            + " meetings between the two delegations, officials said.",
                            new float[] {1, 0.15f, 0},
                    "Talks on the border will resume in March.", new float[] {0.7f, 0.7f, 0},
                    "It rained.", new float[] {0, 0, 1});

    private static List<Sentence> budgetArticle() {
        return englishOnly(
                "Ministers from both sides met in the capital on Monday to discuss the long delayed"
                        + " border agreement and its timetable.",
                "The border agreement talks ended without a date for the next round of meetings"
                        + " between the two delegations, officials said.",
                "Talks on the border will resume in March.",
                "It rained.");
    }

    @Test
    void aSentenceThatDoesNotFitIsSkippedForAShorterOneThatDoes() {
        // 20 + 20 + 8 + 2 words; centrality alone takes the first two (40 words), the second first.
        Summarizer.Options noBudget = new Summarizer.Options(2, 0, 1, 0, 0, 1, 1.01);
        Summarizer unlimited = new Summarizer(new HandEmbedder(BUDGET_VECTORS), noBudget);
        assertEquals(List.of(0, 1), indices(unlimited.pick(budgetArticle(), 2)));

        Summarizer budgeted =
                new Summarizer(new HandEmbedder(BUDGET_VECTORS), noBudget.withWords(30));
        List<Sentence> picked = budgeted.pick(budgetArticle(), 2);
        // The second sentence (20 words), then the first does not fit in the 10 left: the third does.
        assertEquals(List.of(1, 2), indices(picked));
        int words = picked.stream().mapToInt(p -> Words.count(p.english())).sum();
        assertTrue(words <= 30, words + " words");
        // Whole sentences: each is the article's sentence, not a cut one.
        for (Sentence p : picked) {
            assertEquals(budgetArticle().get(p.index()).english(), p.english());
        }
    }

    @Test
    void whenNothingFitsTheBestSentenceComesBackWhole() {
        Summarizer tiny =
                new Summarizer(
                        new HandEmbedder(BUDGET_VECTORS),
                        new Summarizer.Options(3, 0, 1, 0, 0, 1, 1.01).withWords(1));
        List<Sentence> picked = tiny.pick(budgetArticle(), 3);
        assertEquals(1, picked.size());
        assertEquals(budgetArticle().get(picked.get(0).index()).english(), picked.get(0).english());
    }

    @Test
    void theEvaluationsFillModeTakesTheSentenceThatOverflows() {
        Summarizer s =
                new Summarizer(
                        new HandEmbedder(BUDGET_VECTORS),
                        new Summarizer.Options(4, 0, 1, 0, 0, 1, 1.01));
        List<Sentence> article = budgetArticle();
        float[][] vectors = new HandEmbedder(BUDGET_VECTORS).embed(
                article.stream().map(Sentence::english).toList());
        Summarizer.SentenceGraph graph = s.graph(article, vectors);
        assertEquals(List.of(0, 1), s.selection(graph, 4, 30, true).stream().sorted().toList());
        assertEquals(List.of(1, 2, 3), s.selection(graph, 4, 30, false).stream().sorted().toList());
    }

    @Test
    void aNegativeLengthExponentPrefersValuePerWord() {
        Summarizer longer =
                new Summarizer(
                        new HandEmbedder(BUDGET_VECTORS), new Summarizer.Options(1, 0, 1, 1, 0, 1, 1.01));
        Summarizer shorter =
                new Summarizer(
                        new HandEmbedder(BUDGET_VECTORS), new Summarizer.Options(1, 0, 1, -1, 0, 1, 1.01));
        assertEquals(List.of(1), indices(longer.pick(budgetArticle(), 1)));
        // The 8-word third sentence, a little less central, is worth more per word.
        assertEquals(List.of(2), indices(shorter.pick(budgetArticle(), 1)));
    }

    @Test
    void theSourceSideDecidesWordOverlapWhenTheTranslationIsDamaged() {
        // Identical vectors: only word overlap decides. The English of the central sentence is
        // garbled; its Arabic shares the names with the others.
        float[] same = {1, 0, 0};
        List<Sentence> a =
                List.of(
                        new Sentence(0, "هطلت أمطار على التلال", "Rain fell over the hills."),
                        new Sentence(1, "رفعت أرامكو سعر العربي الخفيف لآسيا", "<unk> up its <unk> for"),
                        new Sentence(2, "توقع المشترون في آسيا أن ترفع أرامكو الأسعار", "Buyers expected a rise."),
                        new Sentence(3, "فاجأت زيادة العربي الخفيف المشترين", "The increase surprised."));
        Map<String, float[]> vectors = new java.util.HashMap<>();
        for (Sentence s : a) {
            vectors.put(s.english(), same);
        }
        Summarizer lexical =
                new Summarizer(
                        new HandEmbedder(vectors), new Summarizer.Options(1, 0, 1, 0, 1, 1, 1.01));
        assertEquals(List.of(1), indices(lexical.pick(a, 1)));
    }

    @Test
    void attributedSentencesCanBeFavoured() {
        float[] same = {1, 0, 0};
        List<Sentence> a =
                List.of(
                        new Sentence(0, "ارتفعت الأسعار", "Prices rose."),
                        new Sentence(1, "قال الوزير إن الأسعار ارتفعت", "The minister said prices rose."));
        Map<String, float[]> vectors = Map.of("Prices rose.", same, "The minister said prices rose.", same);
        Summarizer plain =
                new Summarizer(
                        new HandEmbedder(vectors), new Summarizer.Options(1, 0, 1, 0, 0, 1, 1.01, 0, 0, 0));
        Summarizer quotes =
                new Summarizer(
                        new HandEmbedder(vectors), new Summarizer.Options(1, 0, 1, 0, 0, 1, 1.01, 0, 0.5, 0));
        assertEquals(List.of(0), indices(plain.pick(a, 1)));
        assertEquals(List.of(1), indices(quotes.pick(a, 1)));
    }
}
