package nashra.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditsTest {

    @Test
    void sourceCredits() {
        assertTrue(Credits.isSourceCredit("المصدر: وكالات"));
        assertTrue(Credits.isSourceCredit("المصدر - الوكالة العربية"));
        assertTrue(Credits.isSourceCredit("(رويترز)"));
        assertTrue(Credits.isSourceCredit("- أ.ف.ب"));
        assertTrue(Credits.isSourceCredit("* خدمة «الغارديان»"));
        assertTrue(Credits.isSourceCredit("خاص بـ«النشرة»"));
    }

    @Test
    void storySentencesAboutSourcesAreNotCredits() {
        assertFalse(Credits.isSourceCredit("المصدر الذي طلب عدم ذكر اسمه قال إن الاجتماع تأجل."));
        assertFalse(Credits.isSourceCredit("وكالة: موسكو وأنقرة تبحثان فتح المعبر"));
        assertFalse(Credits.isSourceCredit("ونقلت رويترز عن مسؤول قوله إن الاتفاق قريب."));
    }

    @Test
    void bylines() {
        assertTrue(Credits.isByline("كتب: أحمد سالم"));
        assertTrue(Credits.isByline("بقلم سامية الخطيب"));
        assertTrue(Credits.isByline("النشرة – متابعات"));
        assertTrue(Credits.isByline("خالد منصور- عمّان"));
        assertTrue(Credits.isByline("د. منير العلي"));
        assertFalse(Credits.isByline("كتب الوزير على حسابه أن الاجتماع كان مثمرا."));
        assertFalse(Credits.isByline("النصر 2 - 1 الهلال"));
        assertFalse(Credits.isByline("وقال – في تصريح صحفي – إن الوضع خطير."));
    }

    @Test
    void datelines() {
        assertTrue(Credits.isDateline("29.08.2016 | 15:44"));
        assertTrue(Credits.isDateline("14:11 ت م"));
        assertTrue(Credits.isDateline("عمّان 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"));
        assertTrue(Credits.isDateline("الاثنين 29 آب 2016"));
        assertTrue(Credits.isDateline("جدة 25 شوال 1436ه الموافق 10 أغسطس 2015م واس"));
        assertFalse(Credits.isDateline("في 27 شباط الماضي"));
        assertFalse(Credits.isDateline("وصل 200 شخص إلى المدينة في 29 آب 2016."));
        assertFalse(Credits.isDateline("2016"));
    }

    @Test
    void sectionLabels() {
        assertTrue(Credits.isSectionLabel("الاخبار السياسية"));
        assertTrue(Credits.isSectionLabel("عربي ودولي"));
        assertFalse(Credits.isSectionLabel("الأخبار السياسية لا تهمني"));
    }
}
