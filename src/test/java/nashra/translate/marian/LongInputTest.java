package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nashra.translate.ClauseSplitter;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import org.junit.jupiter.api.Test;

/** Nothing is truncated silently: long inputs are split and translated in full, short outputs are flagged. */
class LongInputTest {

    @Test
    void aSentenceLongerThanTheModelTakesIsSplitAndTranslatedWhole() {
        List<String> sentences = TinyModel.sentences();
        // Three test sentences joined by commas and "و": far longer than 24 tokens.
        String longSentence = sentences.get(0).replaceAll("[.؟!]$", "") + "، و" + sentences.get(1).replaceAll("[.؟!]$", "")
                + "، و" + sentences.get(2);
        try (MarianTranslator translator = MarianTranslator.load(TinyModel.DIR, TinyModel.options().withMaxInputTokens(24))) {
            assertTrue(translator.sourceIds(longSentence).length > 24);
            Translation t = translator.translate(List.of(longSentence)).get(0);
            assertTrue(t.flags().contains(TranslationFlag.SPLIT), t.flags().toString());
            List<String> parts = new ClauseSplitter(s -> translator.sourceIds(s).length, 24).split(longSentence);
            assertEquals(parts.size(), t.tokens().size(), "one translation per part");
            assertEquals(longSentence.replaceAll("\\s+", ""), String.join("", parts).replaceAll("\\s+", ""),
                    "the parts hold every character of the source");
            // Each part's English appears, in order, in the joined translation.
            int from = 0;
            for (String part : parts) {
                String english = translator.translate(List.of(part)).get(0).text();
                int at = t.text().indexOf(english, from);
                assertTrue(at >= 0, "missing \"" + english + "\" in \"" + t.text() + "\"");
                from = at + english.length();
            }
        }
    }

    @Test
    void aHypothesisCutAtMaxLengthIsFlagged() {
        try (MarianTranslator translator = MarianTranslator.load(TinyModel.DIR, TinyModel.options().withMaxLength(4))) {
            Translation t = translator.translate(List.of(TinyModel.sentences().get(0))).get(0);
            assertTrue(t.flags().contains(TranslationFlag.MAX_LENGTH), t.flags().toString());
        }
        try (MarianTranslator translator = MarianTranslator.load(TinyModel.DIR, TinyModel.options())) {
            Translation t = translator.translate(List.of(TinyModel.sentences().get(0))).get(0);
            assertFalse(t.flagged(), t.flags().toString());
        }
    }

    @Test
    void emptyLinesGiveEmptyTranslationsInPlace() {
        try (MarianTranslator translator = MarianTranslator.load(TinyModel.DIR, TinyModel.options())) {
            List<Translation> out = translator.translate(List.of("", TinyModel.sentences().get(0), "   "));
            assertEquals(3, out.size());
            assertEquals("", out.get(0).text());
            assertFalse(out.get(1).text().isBlank());
            assertEquals("", out.get(2).text());
        }
    }
}
