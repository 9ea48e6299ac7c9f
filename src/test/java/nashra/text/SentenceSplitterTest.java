package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtArabicAndLatinTerminators() {
        assertEquals(List.of("وصل الوفد.", "هل يتفقون؟", "نعم!", "وانتهى الاجتماع؛", "ثم غادروا?", "لا"),
                texts("وصل الوفد. هل يتفقون؟ نعم! وانتهى الاجتماع؛ ثم غادروا? لا"));
    }

    @Test
    void aLineBreakEndsASentence() {
        assertEquals(List.of("العنوان بلا نقطة", "الفقرة الأولى."), texts("العنوان بلا نقطة\nالفقرة الأولى."));
    }

    @Test
    void aRunOfMarksCountsOnce() {
        assertEquals(List.of("أهذا معقول؟!", "نعم."), texts("أهذا معقول؟! نعم."));
    }

    @Test
    void doesNotSplitNumbersDatesAndTimes() {
        assertEquals(List.of("في 29.08.2016 عند 15:44 ارتفع المؤشر 3.5 نقطة وبلغ العدد 8ر1 مليون."),
                texts("في 29.08.2016 عند 15:44 ارتفع المؤشر 3.5 نقطة وبلغ العدد 8ر1 مليون."));
    }

    @Test
    void doesNotSplitAfterSingleLetterAbbreviations() {
        assertEquals(List.of("قال د. أحمد و أ. سمير إن الخبر نقلته أ.ف.ب أمس."),
                texts("قال د. أحمد و أ. سمير إن الخبر نقلته أ.ف.ب أمس."));
    }

    @Test
    void aYearMarkerAfterANumberStillEndsTheSentence() {
        assertEquals(List.of("تأسست الشركة عام 1990 م.", "وتوسعت لاحقا."), texts("تأسست الشركة عام 1990 م. وتوسعت لاحقا."));
    }

    @Test
    void doesNotSplitSpelledAcronyms() {
        assertEquals(List.of("وقالت شبكة (إن. بي. سي.) الأمريكية إن الخبر صحيح."),
                texts("وقالت شبكة (إن. بي. سي.) الأمريكية إن الخبر صحيح."));
    }

    @Test
    void anEllipsisInsideASentenceDoesNotEndIt() {
        assertEquals(List.of("نقترب خطوة بخطوة.. من الحل النهائي."), texts("نقترب خطوة بخطوة.. من الحل النهائي."));
    }

    @Test
    void theClosingQuoteAfterTheFullStopBelongsToTheSentence() {
        assertEquals(List.of("وقال: «انتهى الاجتماع.»", "ثم غادر."), texts("وقال: «انتهى الاجتماع.» ثم غادر."));
        assertEquals(List.of("وقال: “انتهى الاجتماع.”", "ثم غادر."), texts("وقال: “انتهى الاجتماع.” ثم غادر."));
        assertEquals(List.of("وقال: \"انتهى الاجتماع.\"", "ثم غادر."), texts("وقال: \"انتهى الاجتماع.\" ثم غادر."));
    }

    @Test
    void anOpeningQuoteAfterAFullStopStartsTheNextSentence() {
        assertEquals(List.of("انتهى الاجتماع.", "\"سنعود غدا\" قال الوزير."),
                texts("انتهى الاجتماع.\"سنعود غدا\" قال الوزير."));
    }

    @Test
    void keepsAShortQuotationWholeWithItsSpeaker() {
        String text = "وقال الوزير: \"أنهينا الترتيبات كلها. ننتظر الجانب الآخر\".";
        assertEquals(List.of(text), texts(text));
        assertEquals(2, new SentenceSplitter(0).split(text).size());
    }

    @Test
    void splitsInsideAQuotationThatNeverCloses() {
        assertEquals(List.of("وقال: \"أنهينا الترتيبات كلها.", "ننتظر الجانب الآخر."),
                texts("وقال: \"أنهينا الترتيبات كلها. ننتظر الجانب الآخر."));
    }

    @Test
    void splitsAFullStopGluedToTheNextArabicWord() {
        assertEquals(List.of("وصلت المساعدات إلى حلب.", "جاء ذلك في بيان."), texts("وصلت المساعدات إلى حلب.جاء ذلك في بيان."));
    }

    @Test
    void linksAndAddressesStayWhole() {
        assertEquals(List.of("التسجيل عبر www.example.gov.sa أو https://example.com/a.b?x=1 أو info@example.com.", "وينتهي غدا."),
                texts("التسجيل عبر www.example.gov.sa أو https://example.com/a.b?x=1 أو info@example.com. وينتهي غدا."));
    }

    @Test
    void aListNumberIsNotASentence() {
        assertEquals(List.of("1. فتح المعبر أمام الشاحنات.", "2. خفض الرسوم."), texts("1. فتح المعبر أمام الشاحنات. 2. خفض الرسوم."));
    }

    @Test
    void givesOffsetsIntoTheTextAndParagraphNumbers() {
        String text = "  العنوان\nأولا. ثانيا؟  \n\nثالثا";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(List.of(
                new Sentence("العنوان", 2, 9, 0),
                new Sentence("أولا.", 10, 15, 1),
                new Sentence("ثانيا؟", 16, 22, 1),
                new Sentence("ثالثا", 26, 31, 3)), sentences);
        sentences.forEach(s -> assertEquals(s.text(), text.substring(s.start(), s.end())));
    }

    @Test
    void dropsPiecesWithoutWords() {
        assertEquals(List.of("نعم."), texts(". . نعم. ..."));
    }
}
