package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    private final BoilerplateFilter filter = new BoilerplateFilter();

    @Test
    void keepsTheStoryOfASamplePageAndSaysWhyEachLineWent() {
        Filtered result = filter.filter(Samples.lines("sample-page.txt"));

        assertEquals(5, result.kept().size(), result.kept().toString());
        assertEquals("الأردن والعراق يتفقان على إعادة فتح معبر طريبيل خلال أسبوعين", result.kept().get(0));
        assertEquals("اتفق الأردن والعراق", result.kept().get(1).substring(0, 19));
        assertEquals(List.of(
                new Removed("الرئيسية / عربي ودولي / الأردن والعراق يتفقان على إعادة فتح معبر طريبيل", Removed.BREADCRUMB),
                new Removed("annashra", Removed.SITE_LABEL),
                new Removed("عربي ودولي", Removed.SECTION_LABEL),
                new Removed("12.03.2017 | 09:30", Removed.DATELINE),
                new Removed("كتب: سامر الحداد", Removed.BYLINE),
                new Removed("شارك | تويتر | فيسبوك | واتساب | طباعة", Removed.SHARE_BUTTONS),
                new Removed("عمّان - (رويترز)", Removed.DATELINE),
                new Removed("أخبار ذات صلة", Removed.RELATED_LINKS),
                new Removed("العراق يعلن تأمين الطريق الدولي السريع", Removed.RELATED_LINKS),
                new Removed("الأردن يخفض رسوم الترانزيت للشاحنات العراقية", Removed.RELATED_LINKS),
                new Removed("#الأردن #العراق #طريبيل", Removed.HASHTAGS),
                new Removed("المصدر: وكالات", Removed.SOURCE_CREDIT),
                new Removed("رابط الخبر: https://example.com/news/2017/03/12/tribeel", Removed.FOOTER),
                new Removed("© 2017 النشرة نت. جميع الحقوق محفوظة", Removed.COPYRIGHT)),
                result.removed());
    }

    @Test
    void keepsStorySentencesThatLookLikeBoilerplateAtFirstSight() {
        List<String> story = List.of(
                "شارك الوزير في اجتماع اللجنة الوزارية الذي عقد أمس في العاصمة.",
                "آخر الأخبار تشير إلى أن الوفد سيصل غدا.",
                "المصدر الذي طلب عدم ذكر اسمه قال إن الاجتماع تأجل.",
                "كتب الوزير على حسابه في تويتر أن الاجتماع كان مثمرا.",
                "وتصدر وسم #المعبر قائمة الأكثر تداولا في الأردن.",
                "الرئيسية في هذا الملف هي مسألة الرسوم، كما قال الوزير.",
                "Phantom Camera",
                "وهذا التطبيق يتيح التصوير البطيء في الهواتف القديمة أيضا.",
                "يا دار عبلة بالجواء تكلمي",
                "وعمي صباحا دار عبلة واسلمي",
                "يا دار عبلة بالجواء تكلمي");
        Filtered result = filter.filter(story);
        assertEquals(story, result.kept());
        assertEquals(List.of(), result.removed());
    }

    @Test
    void aRelatedBlockEndsAtTheFirstParagraphOfBodyText() {
        Filtered result = filter.filter(List.of(
                "وصل الوفد الأردني إلى بغداد صباح اليوم في زيارة تستمر يومين لبحث ملف المعبر.",
                "اقرأ أيضا",
                "بغداد تستضيف مؤتمر النقل الإقليمي",
                "",
                "وكان الوزير قد أكد الأسبوع الماضي أن الاتفاق أصبح جاهزا للتوقيع."));
        assertEquals(2, result.kept().size());
        assertEquals(2, result.removed().size());
    }

    @Test
    void dropsARepeatedParagraphButNotARepeatedShortLine() {
        String paragraph = "وأكد الوزير أن العمل في المعبر سيبدأ خلال أسبوعين من تاريخ توقيع الاتفاق.";
        Filtered result = filter.filter(List.of(paragraph, "يا ليل", paragraph, "يا ليل"));
        assertEquals(List.of(paragraph, "يا ليل", "يا ليل"), result.kept());
        assertEquals(List.of(new Removed(paragraph, Removed.DUPLICATE)), result.removed());
    }

    @Test
    void aBareNameAfterTheLastParagraphIsTheOutletsCredit() {
        String paragraph = "وتتبادل الحكومتان الاتهامات منذ شهور حول المسؤولية عن إغلاق المعبر وتعطل التجارة بينهما.";
        Filtered result = filter.filter(List.of(paragraph, "", "شام نيوز", "", "RELATED NEWS", "-"));
        assertEquals(List.of(paragraph), result.kept());
        assertEquals(List.of(
                new Removed("شام نيوز", Removed.SOURCE_CREDIT),
                new Removed("RELATED NEWS", Removed.RELATED_LINKS),
                new Removed("-", Removed.NO_TEXT)), result.removed());
    }

    @Test
    void aSignatureMarkedWithADashEndsAnOpinionPiece() {
        Filtered result = filter.filter(List.of("أقول قولي هذا", "وأستغفر الله لي ولكم", "- سامر الحداد"));
        assertEquals(List.of(new Removed("- سامر الحداد", Removed.SOURCE_CREDIT)), result.removed());
    }

    @Test
    void theAuthorsContactBlockGoesWhole() {
        Filtered result = filter.filter(List.of(
                "وهذه مسؤولية الجميع قبل أن تكون مسؤولية الحكومة وحدها في هذا الظرف الصعب.",
                "writer@example.com",
                "للتواصل مع الكاتب أرسل رسالة SMS",
                "تبدأ بالرمز (12) ثم مسافة ثم نص الرسالة إلى",
                "88000 - Operator"));
        assertEquals(1, result.kept().size());
        assertEquals(List.of(Removed.FOOTER, Removed.FOOTER, Removed.FOOTER, Removed.FOOTER),
                result.removed().stream().map(Removed::reason).toList());
    }

    @Test
    void reasonForJudgesOneLineAlone() {
        assertEquals(Removed.BREADCRUMB, BoilerplateFilter.reasonFor("الرئيسية / أخبار / محليات"));
        assertEquals(Removed.CAPTION, BoilerplateFilter.reasonFor("جانب من الاجتماع"));
        assertNull(BoilerplateFilter.reasonFor("اتفق الجانبان على استئناف المفاوضات الأسبوع المقبل."));
        assertNull(BoilerplateFilter.reasonFor("   "));
    }
}
