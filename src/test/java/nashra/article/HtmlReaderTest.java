package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final Origin ORIGIN = Origin.of(Path.of("in/a.html"));
    private final HtmlReader reader = new HtmlReader();

    private static String sample() throws IOException {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("sample.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsMetadataFromThePage() throws IOException {
        Article article = reader.read(ORIGIN, sample());
        assertEquals("الأردن والعراق يتفقان على فتح المعبر", article.title(), "the article's h1, not the logo");
        assertEquals("النشرة نت", article.source());
        assertEquals("https://www.example.com/news/2017/03/12/tribeel", article.url());
        assertEquals(LocalDate.of(2017, 3, 12), article.published());
    }

    @Test
    void takesTheArticleTextInParagraphsWithoutScriptsNavigationOrForms() throws IOException {
        Article article = reader.read(ORIGIN, sample());
        assertEquals(List.of(
                "شارك | تويتر | فيسبوك",
                "اتفق الأردن والعراق يوم الأحد على إعادة فتح معبر طريبيل الحدودي خلال أسبوعين، بعد إغلاق دام قرابة عامين.",
                "وقال وزير النقل الأردني: \"أنهينا الترتيبات الفنية كلها\".",
                "وأضاف أن الدوريات المشتركة ستبدأ عملها قريبا.",
                "وأوضح مستشار الوزارة أن حجم التبادل التجاري بلغ 1.2 مليار دولار قبل الإغلاق.",
                "فتح المعبر أمام الشاحنات",
                "خفض رسوم الترانزيت"), article.body());
    }

    @Test
    void theHeadlineAfterABreadcrumbIsTheTitleNotAParagraph() {
        Article article = reader.read(ORIGIN, "<html><body><article><div>الرئيسية / سياسة</div>"
                + "<h1>الوزير يصل إلى القاهرة</h1><p>وصل الوزير إلى القاهرة صباح اليوم.</p></article></body></html>");
        assertEquals("الوزير يصل إلى القاهرة", article.title());
        assertEquals(List.of("الرئيسية / سياسة", "وصل الوزير إلى القاهرة صباح اليوم."), article.body());
    }

    @Test
    void fallsBackToOgTitleThenTitleAndToTheBody() {
        Article og = reader.read(ORIGIN, "<html><head><meta property=\"og:title\" content=\"عنوان الخبر\">"
                + "<title>عنوان | الموقع</title></head><body><p>نص الخبر.</p></body></html>");
        assertEquals("عنوان الخبر", og.title());
        assertEquals(List.of("نص الخبر."), og.body());
        assertEquals(Article.UNKNOWN_SOURCE, og.source());
        assertNull(og.published());

        Article plain = reader.read(ORIGIN, "<title>عنوان | الموقع</title><div>سطر أول<br>سطر ثان</div>");
        assertEquals("عنوان | الموقع", plain.title());
        assertEquals(List.of("سطر أول", "سطر ثان"), plain.body());
    }

    @Test
    void takesTheSourceFromTheAddressWhenThePageDoesNotNameIt() {
        Article article = reader.read(ORIGIN, "<link rel=canonical href=\"https://www.example.org/a/1\"><p>نص.</p>");
        assertEquals("example.org", article.source());
    }
}
