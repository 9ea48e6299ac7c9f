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

    @Test
    void aBreadcrumbEndingWithTheHeadlineIsNotMistakenForTheTitleLine() {
        // The title search used to find the headline inside the breadcrumb first, so the real
        // title line stayed in the body and came back as sentence 0.
        Article article = reader.read(ORIGIN, String.join("\n",
                "الرئيسية / دولي / الأردن والعراق يتفقان على فتح المعبر",
                "jareeda",
                "الأردن والعراق يتفقان على فتح المعبر",
                "اتفق الأردن والعراق يوم الأحد على إعادة فتح معبر طريبيل الحدودي خلال أسبوعين.",
                "وقال الوزير إن الدوريات المشتركة ستبدأ عملها قريبا، وإن الطريق أصبح آمنا."));
        assertEquals("الأردن والعراق يتفقان على فتح المعبر", article.title());
        assertFalse(article.body().contains(article.title()), article.body().toString());
        assertTrue(article.body().get(0).startsWith("الرئيسية"), "the breadcrumb stays for the text chain to remove");
    }

    @Test
    void keepsTheTimeOfTheDatelineAndTheLinkOfTheFooter() {
        Article article = reader.read(ORIGIN, String.join("\n",
                "الأردن والعراق يتفقان على فتح المعبر",
                "الأحد 12 مارس 2017 - 09:30 م",
                "اتفق الأردن والعراق يوم الأحد على إعادة فتح معبر طريبيل الحدودي خلال أسبوعين.",
                "وقال الوزير إن الدوريات المشتركة ستبدأ عملها قريبا، وإن الطريق أصبح آمنا.",
                "رابط الخبر: https://news.example/2017/03/12/crossing",
                "https://news.example/images/crossing.jpg"));
        assertEquals(LocalDate.of(2017, 3, 12), article.published());
        assertEquals("21:30", article.time());
        assertEquals("2017-03-12T21:30", article.publishedIso());
        assertEquals("https://news.example/2017/03/12/crossing", article.url());
    }

    @Test
    void aHashtagCreditWithPlusSitesNamesTheSource() {
        String body = String.join("\n",
                "اتفق الأردن والعراق يوم الأحد على إعادة فتح معبر طريبيل الحدودي خلال أسبوعين بعد إغلاق طويل.",
                "وقال الوزير إن الدوريات المشتركة ستبدأ عملها قريبا، وإن الطريق أصبح آمنا للمسافرين والشاحنات.");
        assertEquals("المركز الإعلامي الحر", reader.read(ORIGIN, body + "\n#المركز_الإعلامي_الحر+مواقع").source());
        assertEquals("وكالة الخبر", reader.read(ORIGIN, body + "\n#وكالة_الخبر").source());
        assertEquals(Article.UNKNOWN_SOURCE, reader.read(ORIGIN, body + "\n#حلب").source(), "a topic tag is no credit");
    }
}
