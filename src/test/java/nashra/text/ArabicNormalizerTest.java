package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @Test
    void turnsPresentationFormsIntoBaseLetters() {
        // ﻻ is the lam-alef ligature, ﺍﻟﺴﻼﻡ the word written with isolated/final/initial forms.
        assertEquals("لا", normalizer.normalize("\uFEFB"));
        assertEquals("السلام", normalizer.normalize("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1"));
    }

    @Test
    void leavesArabicDigitsAndPunctuationAlone() {
        String text = "بلغ العدد ٢٠١٦ شخصا، أي ٣٫٥٪ من السكان؛ فهل يكفي ذلك؟";
        assertEquals(text, Normalizer.normalize(text, Normalizer.Form.NFKC), "NFKC itself keeps them");
        assertEquals(text, normalizer.normalize(text));
    }

    @Test
    void keepsDiacriticsAndHamzaForms() {
        String text = "يَوَدّ أنْ يُؤكِّد إنّ الأمر آخِر";
        assertEquals(text, normalizer.normalize(text));
    }

    @Test
    void removesTatweelInsideWordsAndMakesALoneTatweelADash() {
        assertEquals("تحوّل الأمر", normalizer.normalize("تحــــوّل الأمـر"));
        assertEquals("الرياضي - جدة", normalizer.normalize("الرياضي ـ جدة"));
        assertEquals("الملك - أيده الله - في", normalizer.normalize("الملك ـ أيده الله ـ في"));
    }

    @Test
    void removesZeroWidthAndBidiControls() {
        String dirty = "\uFEFFحل\u200Bب \u202Bمدينة\u202C \u2067كبيرة\u2069\u200F \u061Cجدا\u200C\u200D \u00ADو\u2060ذلك";
        assertEquals("حلب مدينة كبيرة جدا وذلك", normalizer.normalize(dirty));
    }

    @Test
    void unifiesEverySpaceToOne() {
        assertEquals("قال الوزير إن الوفد وصل", normalizer.normalize("\tقال\u00A0الوزير \u2009 إن\u202Fالوفد\u3000وصل  "));
    }

    @Test
    void keepsLineBreaksAsParagraphSeparators() {
        String raw = "\r\n\r\nالعنوان\r\n\r\n\r\n\r\nالفقرة الأولى.\rالفقرة الثانية.\u2028الفقرة الثالثة.\n \n\n";
        assertEquals("العنوان\n\nالفقرة الأولى.\nالفقرة الثانية.\nالفقرة الثالثة.", normalizer.normalize(raw));
    }

    @Test
    void normalizeLinePutsEverythingOnOneLine() {
        assertEquals("عنوان على سطرين", normalizer.normalizeLine("  عنوان\r\nعلى\u00A0\n سطرين "));
    }

    @Test
    void turnsTheEllipsisCharacterIntoDots() {
        assertEquals("وماذا بعد...", normalizer.normalize("وماذا بعد…"));
    }
}
