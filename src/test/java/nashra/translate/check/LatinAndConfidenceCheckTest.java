package nashra.translate.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import org.junit.jupiter.api.Test;

class LatinAndConfidenceCheckTest {

    private static Translation en(String ar, String en, double confidence) {
        return new Translation(ar, en, List.of(), Set.of(), confidence, Map.of());
    }

    @Test
    void whatHasNoArabicLettersIsNotArabic() {
        assertFalse(Scripts.hasArabicLetters("<script>alert(1)</script>"));
        assertFalse(Scripts.hasArabicLetters("https://www.example.com/news/2026/11/20 ١٢ ، ؟"));
        assertTrue(Scripts.hasArabicLetters("قال CNN"));
    }

    @Test
    void latinSpansMustComeThroughAsWritten() {
        String ar = "ونقلت شبكة CNN عن مديرة المكتب الصحفي قولها إن الموقع www.state.gov حدث.";
        LatinCheck check = new LatinCheck();
        assertEquals(Optional.empty(), check.check(ar,
                en(ar, "CNN quoted the press office director as saying that the site www.state.gov was updated.", -0.1)));
        Finding f = check.check(ar, en(ar, "The network quoted the press office director as saying the site was updated.", -0.1))
                .orElseThrow();
        assertEquals(TranslationFlag.LATIN, f.flag());
        assertEquals("The English does not have “CNN” and “www.state.gov” as the Arabic writes it.", f.detail());
    }

    @Test
    void lowConfidenceBelowTheThresholdOnly() {
        ConfidenceCheck check = new ConfidenceCheck(-1.0);
        assertEquals(Optional.empty(), check.check("قال", en("قال", "He said.", -0.4)));
        assertEquals(Optional.empty(), check.check("قال", en("قال", "He said.", Double.NaN))); // not translated
        Finding f = check.check("قال", en("قال", "The talks will begin on 4 December.", -1.73)).orElseThrow();
        assertEquals(TranslationFlag.LOW_CONFIDENCE, f.flag());
        assertTrue(f.detail().contains("-1.73") && f.detail().contains("-1.00"), f.detail());
    }

    @Test
    void theChecksAreComposedInOnePlaceAndExplainThemselves() throws Exception {
        TranslationChecks checks = TranslationChecks.standard(Glossary.load(java.nio.file.Path.of("jobs/glossary.tsv")), -1.0);
        String ar = "قتل ١٢ شخصا في حلب يوم السبت.";
        Translation right = checks.apply(ar, en(ar, "12 people were killed in Aleppo on Saturday.", -0.2));
        assertEquals(Set.of(), right.flags());
        Translation wrong = checks.apply(ar, en(ar, "10 people were killed in Paris on Saturday.", -1.5));
        assertEquals(List.of(TranslationFlag.NUMBER, TranslationFlag.NAME, TranslationFlag.LOW_CONFIDENCE),
                wrong.sortedFlags());
        assertTrue(wrong.explain(TranslationFlag.NAME).startsWith("Names from the glossary in the Arabic were looked for"));
        assertTrue(wrong.explain(TranslationFlag.NAME).endsWith("The Arabic names “Aleppo (حلب)”; the English does not."));
    }
}
