package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TxtReaderTest {

    private static final Origin ORIGIN = Origin.of(Path.of("in/a.txt"));
    private final TxtReader reader = new TxtReader();

    @Test
    void passesOverPageFurnitureToFindTheTitleDateAndSource() {
        Article article = reader.read(ORIGIN, String.join("\n",
                "الرئيسية / عربي ودولي / فتح المعبر",
                "عربي ودولي",
                "",
                "الأردن والعراق يتفقان على فتح المعبر",
                "12.03.2017 | 09:30",
                "اتفق الأردن والعراق يوم الأحد على إعادة فتح معبر طريبيل الحدودي خلال أسبوعين.",
                "وقال الوزير إن الدوريات المشتركة ستبدأ عملها قريبا، وإن الطريق أصبح آمنا.",
                "المصدر: وكالات"));
        assertEquals("الأردن والعراق يتفقان على فتح المعبر", article.title());
        assertEquals(LocalDate.of(2017, 3, 12), article.published());
        assertEquals("وكالات", article.source());
        assertNull(article.url());
        assertEquals(ORIGIN, article.origin());
        // Only the title line leaves the body; the boilerplate stays for the text chain to report.
        assertEquals(6, article.body().size());
        assertFalse(article.body().contains(article.title()));
        assertEquals(ArticleIds.of("وكالات", article.title(), article.body()), article.id());
    }

    @Test
    void takesTheAgencyFromADateline() {
        Article article = reader.read(ORIGIN, "فتح المعبر\nعمّان - (رويترز) - اتفق الأردن والعراق يوم الأحد على إعادة فتح المعبر.");
        assertEquals("رويترز", article.source());
        assertEquals(List.of("عمّان - (رويترز) - اتفق الأردن والعراق يوم الأحد على إعادة فتح المعبر."), article.body());
    }

    @Test
    void aFileThatStartsWithItsLeadHasNoTitle() {
        String lead = "اتفق الأردن والعراق يوم الأحد على إعادة فتح معبر طريبيل الحدودي خلال أسبوعين.";
        Article article = reader.read(ORIGIN, lead + "\nوقال الوزير إن العمل سيبدأ قريبا.");
        assertEquals("", article.title());
        assertEquals(2, article.body().size());
        assertEquals(Article.UNKNOWN_SOURCE, article.source());
    }

    @Test
    void aLoneLineIsABodyNotATitle() {
        Article article = reader.read(ORIGIN, "المنتخب يستعد لمباراة الأربعاء بحصة تدريبية مسائية");
        assertEquals("", article.title());
        assertEquals(1, article.body().size());
    }

    @Test
    void normalisesTheText() {
        Article article = reader.read(ORIGIN, "\uFEFFفتح\u00A0المعبر\r\n\r\nاتفق الجانبـــان على فتح المعبر.\r\n");
        assertEquals("فتح المعبر", article.title());
        assertEquals(List.of("اتفق الجانبان على فتح المعبر."), article.body());
    }

    @Test
    void headlinesAreShortAndHaveNoFullStop() {
        assertTrue(TxtReader.isHeadline("هل يصمد الاتفاق؟"));
        assertTrue(TxtReader.isHeadline("ريابكوف: التنسيق حول حلب على أجندة المباحثات"));
        assertFalse(TxtReader.isHeadline("اتفق الجانبان على فتح المعبر."));
        assertFalse(TxtReader.isHeadline("كلمة ".repeat(31).strip()));
    }
}
