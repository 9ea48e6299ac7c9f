package nashra.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageControlsTest {

    @Test
    void recognisesShareBarsInBothLanguages() {
        assertTrue(PageControls.isShareBar("شارك | تويتر | فيسبوك | واتساب | طباعة"));
        assertTrue(PageControls.isShareBar("SHARE"));
        assertTrue(PageControls.isShareBar("close"));
        assertTrue(PageControls.isShareBar("إغلاق"));
        assertTrue(PageControls.isShareBar("Facebook Twitter WhatsApp 125"));
        assertTrue(PageControls.isShareBar("...المزيد"));
    }

    @Test
    void leavesSentencesThatUseTheSameWords() {
        assertFalse(PageControls.isShareBar("شارك الوزير في اجتماع اللجنة"));
        assertFalse(PageControls.isShareBar("وكتب الرئيس السابق على تويتر"));
        assertFalse(PageControls.isShareBar("التالي"  + " في القائمة هو الأردن"));
    }

    @Test
    void aSiteLabelIsAShortLatinOnlyLine() {
        assertTrue(PageControls.isSiteLabel("elmaouid"));
        assertFalse(PageControls.isSiteLabel("elmaouid نت"));
        assertFalse(PageControls.isSiteLabel("The Prophet is a book of prose poetry fables."));
    }
}
