package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static final List<String> BODY = List.of("اتفق الجانبان على فتح المعبر.", "وقال الوزير إن العمل سيبدأ قريبا.");

    @Test
    void isSixteenHexDigits() {
        assertTrue(ArticleIds.of("النشرة", "فتح المعبر", BODY).matches("[0-9a-f]{16}"));
    }

    @Test
    void isStableAcrossSpacingInvisibleCharactersAndPresentationForms() {
        String id = ArticleIds.of("النشرة", "فتح المعبر", BODY);
        assertEquals(id, ArticleIds.of(" النشرة\u200F", "فتح\u00A0المعبر ",
                List.of("", "اتفق الجانبان على فتح المعبر.", "وقال الوزير إن العمل سيبدأ قريبا.  ")));
    }

    @Test
    void changesWithAnyField() {
        String id = ArticleIds.of("النشرة", "فتح المعبر", BODY);
        assertNotEquals(id, ArticleIds.of("وكالة", "فتح المعبر", BODY));
        assertNotEquals(id, ArticleIds.of("النشرة", "إغلاق المعبر", BODY));
        assertNotEquals(id, ArticleIds.of("النشرة", "فتح المعبر", BODY.subList(0, 1)));
    }

    @Test
    void fieldBoundariesMatter() {
        assertNotEquals(ArticleIds.of("أ", "ب ج", List.of()), ArticleIds.of("أ ب", "ج", List.of()));
    }
}
