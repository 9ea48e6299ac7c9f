package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The evaluation's own parts: packing, the cut at the budget, the oracle, the bootstrap, the noise. */
class SummaryEvaluationTest {

    private static SummaryEvaluation.Doc doc(String reference, String... sentences) {
        List<String> clean = List.of(sentences);
        BbcSummaries.Document d = new BbcSummaries.Document("test_001", 1, "Title", clean, reference);
        return new SummaryEvaluation.Doc(
                d,
                d.asArticle(),
                new float[clean.size()][0],
                clean.stream().mapToInt(Words::count).toArray(),
                clean,
                clean.stream().mapToInt(Words::count).toArray(),
                clean.stream().map(s -> Tokens.of(s, true)).toList(),
                Tokens.of(reference, true));
    }

    @Test
    void packingInCutModeStopsAtTheBudgetAndInWholeModeSkipsWhatDoesNotFit() {
        int[] words = {10, 30, 5, 8};
        assertEquals(List.of(0, 1), SummaryEvaluation.pack(List.of(0, 1, 2, 3), words, 25, true));
        assertEquals(List.of(0, 2, 3), SummaryEvaluation.pack(List.of(0, 1, 2, 3), words, 25, false));
        // Nothing fits: the first is taken (and cut when scored).
        assertEquals(List.of(1), SummaryEvaluation.pack(List.of(1), words, 25, false));
    }

    @Test
    void theSentenceAddedLastIsTheOneCutAndArticleOrderIsKept() {
        SummaryEvaluation.Doc d =
                doc("x", "one two three four", "five six seven", "eight nine ten eleven twelve");
        // Chosen: sentence 2, then 0; budget 7 leaves 2 words of sentence 0.
        assertEquals(
                List.of("one", "two", "eight", "nine", "ten", "eleven", "twelv"),
                SummaryEvaluation.tokens(d, List.of(2, 0), 7));
    }

    @Test
    void theOracleFindsTheReferenceSentencesAndBeatsTheLead() {
        SummaryEvaluation.Doc d =
                doc(
                        "The central bank raised rates. Inflation hit a record high.",
                        "Markets were quiet in the morning session.",
                        "The central bank raised rates on Tuesday.",
                        "Analysts had expected a pause.",
                        "Inflation hit a record high in October.");
        List<Integer> picked = SummaryEvaluation.oracle().prepare(d).pick(20, false);
        assertEquals(List.of(1, 3), picked.stream().sorted().toList());
        double oracle = Rouge.ngrams(SummaryEvaluation.tokens(d, picked, 20), d.reference(), 2).f1();
        double lead =
                Rouge.ngrams(
                                SummaryEvaluation.tokens(
                                        d, SummaryEvaluation.lead().prepare(d).pick(20, false), 20),
                                d.reference(),
                                2)
                        .f1();
        assertTrue(oracle > lead, oracle + " vs " + lead);
    }

    @Test
    void theBootstrapIntervalCoversTheMeanAndTellsAGapFromNoise() {
        Random random = new Random(1);
        double[] a = new double[400];
        double[] b = new double[400];
        double[] c = new double[400];
        for (int i = 0; i < a.length; i++) {
            b[i] = random.nextDouble();
            a[i] = b[i] + 0.05 + 0.1 * random.nextGaussian();
            c[i] = b[i] + 0.1 * random.nextGaussian();
        }
        PairedBootstrap.Interval gap = PairedBootstrap.of(a, b, 2000, 7);
        assertTrue(gap.low() < gap.mean() && gap.mean() < gap.high());
        assertTrue(gap.excludesZero(), gap.toString());
        PairedBootstrap.Interval none = PairedBootstrap.of(c, b, 2000, 7);
        assertFalse(none.excludesZero(), none.toString());
    }

    @Test
    void noiseDamagesAboutTheGivenShareOfWordsAndIsRepeatable() {
        String sentence = "the quick brown fox jumps over the lazy dog again and again today";
        assertEquals(sentence, TranslationNoise.apply(sentence, 0, new Random(3)));
        List<String> once = TranslationNoise.apply(List.of(sentence, sentence), 0.3, 9);
        assertEquals(once, TranslationNoise.apply(List.of(sentence, sentence), 0.3, 9));
        assertNotEquals(sentence, once.get(0));
        int changed = 0;
        int total = 0;
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            List<String> words = List.of(TranslationNoise.apply(sentence, 0.3, random).split(" "));
            changed += (int) words.stream().filter(TranslationNoise.UNKNOWN::equals).count();
            total += 13;
        }
        // Unknown tokens alone are a third of the damage: about 10% of words.
        assertEquals(0.1, (double) changed / total, 0.03);
    }

    @Test
    void textRankRanksTheSentenceThatSharesMostWordsFirst() {
        List<String> s =
                List.of(
                        "Floods closed the coastal road.",
                        "The storm brought floods and closed schools in the port city.",
                        "Schools in the port city stay closed.",
                        "A football match was postponed.");
        List<Integer> ranking = new TextRank(TextRank.Options.defaults()).ranking(s);
        assertEquals(1, ranking.get(0));
        assertEquals(3, ranking.get(3));
    }
}
