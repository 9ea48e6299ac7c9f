package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPipelineTest {

    private final TextPipeline pipeline = new TextPipeline();

    @Test
    void cleansASamplePageEndToEnd() {
        CleanText clean = pipeline.clean(Samples.raw("sample-page.txt"));

        assertEquals(5, clean.paragraphs().size());
        assertEquals(String.join("\n", clean.paragraphs()), clean.text());
        assertEquals(14, clean.removed().size());
        assertEquals(List.of(
                "الأردن والعراق يتفقان على إعادة فتح معبر طريبيل خلال أسبوعين",
                "اتفق الأردن والعراق يوم الأحد على إعادة فتح معبر طريبيل الحدودي أمام حركة الشاحنات والمسافرين خلال أسبوعين، بعد إغلاق دام قرابة عامين.",
                "وقال وزير النقل الأردني في مؤتمر صحفي: \"أنهينا الترتيبات الفنية كلها. ننتظر فقط استكمال تأهيل الطريق من الجانب العراقي\".",
                "وأوضح د. فارس النعيمي، مستشار الوزارة، أن حجم التبادل التجاري بلغ 1.2 مليار دولار قبل الإغلاق، وأن الحكومتين تأملان في استعادة هذا الرقم بحلول عام 2018 م.",
                "وأضاف أن الدوريات المشتركة ستبدأ عملها عند الساعة 06:00 صباحا.",
                "وتساءل أحد السائقين: «هل سنعود فعلا إلى العمل؟»",
                "وأشار إلى أن مئات الشاحنات متوقفة منذ شهور..."),
                clean.sentences().stream().map(Sentence::text).toList());
        for (Sentence s : clean.sentences()) {
            assertEquals(s.text(), clean.text().substring(s.start(), s.end()));
            assertTrue(clean.paragraphs().get(s.paragraph()).contains(s.text()));
        }
    }

    @Test
    void acceptsABodyGivenAsParagraphs() {
        CleanText clean = pipeline.clean(List.of("شارك | تويتر", "وصل\u00A0الوفد   إلى عمّان.\r\nوبدأت المحادثات."));
        assertEquals(List.of("وصل الوفد إلى عمّان.", "وبدأت المحادثات."), clean.paragraphs());
        assertEquals(2, clean.sentences().size());
        assertEquals(List.of(new Removed("شارك | تويتر", Removed.SHARE_BUTTONS)), clean.removed());
    }

    @Test
    void anEmptyPageGivesAnEmptyResult() {
        assertTrue(pipeline.clean("  \n\u200F\n").isEmpty());
        assertTrue(pipeline.clean("SHARE\nclose").isEmpty());
    }
}
