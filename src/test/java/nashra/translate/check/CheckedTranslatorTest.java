package nashra.translate.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import nashra.translate.Translator;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks on the real (tiny) model: flags raised on its wrong translations, not on its right ones. */
class CheckedTranslatorTest {

    private static final Path MODEL = Path.of("src/test/resources/models/marian-tiny");
    private static MarianTranslator beam;
    private static MarianTranslator greedy;
    private static TranslationChecks checks;

    @BeforeAll
    static void load() throws IOException {
        MarianOptions options = MarianOptions.defaults().withThreads(2).withBatchSize(8);
        beam = MarianTranslator.load(MODEL, options);
        greedy = MarianTranslator.load(MODEL, options.withBeams(1));
        checks = TranslationChecks.standard(Glossary.load(Path.of("jobs/glossary.tsv")), -1.0);
    }

    @AfterAll
    static void close() {
        beam.close();
        greedy.close();
    }

    /** What the model was asked to translate, so a test can see what never reached it. */
    private static final class Recording implements Translator {
        final List<String> seen = new ArrayList<>();
        final Translator model;

        Recording(Translator model) {
            this.model = model;
        }

        @Override
        public List<Translation> translate(List<String> sources) {
            seen.addAll(sources);
            return model.translate(sources);
        }

        @Override
        public String modelName() {
            return model.modelName();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void linesWithoutArabicLettersAreKeptAndNeverReachTheModel() {
        Recording model = new Recording(beam);
        CheckedTranslator translator = new CheckedTranslator(model, checks, 8);
        String script = "<script>alert(1)</script>";
        List<Translation> out = translator.translate(List.of(
                "أكد السفير يوم الخميس أن المحادثات الجديدة ستبدأ يوم الاثنين.", script, "https://example.com/a?b=1", ""));
        assertEquals(List.of("أكد السفير يوم الخميس أن المحادثات الجديدة ستبدأ يوم الاثنين."), model.seen);
        assertEquals("The ambassador confirmed on Thursday that the new talks will begin on Monday.", out.get(0).text());
        assertEquals(Set.of(), out.get(0).flags());
        assertEquals(script, out.get(1).text());
        assertEquals(Set.of(TranslationFlag.KEPT), out.get(1).flags());
        assertTrue(Double.isNaN(out.get(1).confidence()));
        assertEquals(Set.of(TranslationFlag.KEPT), out.get(2).flags());
        assertEquals(Set.of(), out.get(3).flags());
    }

    @Test
    void flagsTheModelsWrongTranslationsAndNotItsRightOnes() {
        CheckedTranslator translator = new CheckedTranslator(beam, checks, 0);
        List<Translation> out = translator.translate(List.of(
                "قتل ١٥ شخصا في انفجار في عمان يوم السبت.",   // within what it learnt: right
                "وصل السفير إلى حلب أمس.",                     // Aleppo is not in its vocabulary: it says Paris
                "التقى الرئيس مع وزير الخارجية في الدوحة وتونس.")); // two places where it knows one phrase
        assertEquals("15 people were killed in an explosion in Amman on Saturday.", out.get(0).text());
        assertEquals(Set.of(), out.get(0).flags());
        assertEquals("The ambassador arrived in Paris yesterday.", out.get(1).text());
        assertEquals(Set.of(TranslationFlag.NAME), out.get(1).flags());
        assertTrue(out.get(1).explain(TranslationFlag.NAME).contains("Aleppo (حلب)"));
        assertTrue(out.get(2).flags().contains(TranslationFlag.NUMBER), out.get(2).text()); // an invented date
    }

    @Test
    void confidenceSeparatesHeldOutSentencesFromNonsense() throws IOException {
        List<String> heldOut = lines(Path.of("src/test/resources/models/marian-tiny-golden/sentences.txt"));
        List<String> nonsense = lines(Path.of("src/test/resources/checks/nonsense.ar.txt"));
        for (MarianTranslator model : List.of(beam, greedy)) {
            double worstHeldOut = min(model.translate(heldOut));
            double bestNonsense = max(model.translate(nonsense));
            assertTrue(bestNonsense < worstHeldOut, "nonsense at best " + bestNonsense + ", held-out at worst " + worstHeldOut);
            // With a threshold between the two, LOW_CONFIDENCE marks every nonsense line and no held-out one.
            double threshold = (bestNonsense + worstHeldOut) / 2;
            CheckedTranslator translator = new CheckedTranslator(model,
                    new TranslationChecks(List.of(new ConfidenceCheck(threshold))), 0);
            assertTrue(translator.translate(nonsense).stream().allMatch(t -> t.flags().contains(TranslationFlag.LOW_CONFIDENCE)));
            assertTrue(translator.translate(heldOut).stream().noneMatch(Translation::flagged));
        }
    }

    @Test
    void greedyScoresAsBeamSearchDoesWhenTheyAgree() throws IOException {
        // Greedy approximates exp in its softmax sum; beam search uses Math.exp. Same tokens, same score.
        List<String> heldOut = lines(Path.of("src/test/resources/models/marian-tiny-golden/sentences.txt"));
        List<Translation> g = greedy.translate(heldOut);
        List<Translation> b = beam.translate(heldOut);
        int compared = 0;
        for (int i = 0; i < g.size(); i++) {
            if (g.get(i).text().equals(b.get(i).text())) {
                assertEquals(b.get(i).confidence(), g.get(i).confidence(), 1e-3, heldOut.get(i));
                compared++;
            }
        }
        assertTrue(compared >= 30, "only " + compared + " agree");
    }

    @Test
    void theRetryTakesAWiderBeamsHypothesisThatKeepsTheNumbers() throws IOException {
        List<String> fixture = lines(Path.of("src/test/resources/checks/names.ar.txt"));
        CheckedTranslator once = new CheckedTranslator(beam, checks, 0);
        CheckedTranslator retrying = new CheckedTranslator(beam, checks, 8);
        List<Translation> first = once.translate(fixture);
        List<Translation> after = retrying.translate(fixture);
        long flaggedBefore = first.stream().filter(t -> t.flags().contains(TranslationFlag.NUMBER)
                || t.flags().contains(TranslationFlag.NAME)).count();
        assertEquals(flaggedBefore, retrying.retries().retried());
        assertTrue(retrying.retries().fixed() > 0);
        for (int i = 0; i < fixture.size(); i++) {
            // A retry never adds a flag: it keeps the first translation unless a hypothesis passes more.
            assertTrue(first.get(i).flags().containsAll(after.get(i).flags()), fixture.get(i));
            assertFalse(after.get(i).text().isBlank());
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
    }

    private static double min(List<Translation> ts) {
        return ts.stream().mapToDouble(Translation::confidence).min().orElseThrow();
    }

    private static double max(List<Translation> ts) {
        return ts.stream().mapToDouble(Translation::confidence).max().orElseThrow();
    }
}
