package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void countsOnlyWordsWithLettersOrDigits() {
        assertEquals(3, LineShape.words("شارك - تويتر | 12"));
        assertEquals(0, LineShape.words(" - * "));
    }

    @Test
    void seesBodyEndingsThroughClosingQuotes() {
        assertTrue(LineShape.endsLikeBody("وقال إن الاتفاق قريب."));
        assertTrue(LineShape.endsLikeBody("وقال: \"الاتفاق قريب.\""));
        assertTrue(LineShape.endsLikeBody("هل يصمد الاتفاق؟ »"));
        assertFalse(LineShape.endsLikeBody("أخبار ذات صلة"));
    }

    @Test
    void tellsArabicFromLatin() {
        assertTrue(LineShape.hasArabic("elmaouid حلب"));
        assertFalse(LineShape.hasArabic("elmaouid"));
        assertTrue(LineShape.hasLatin("elmaouid"));
        assertFalse(LineShape.hasLatin("٢٠١٦"));
    }
}
