package nashra.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaptionsTest {

    @Test
    void captions() {
        assertTrue(Captions.isCaption("جانب من الاجتماع"));
        assertTrue(Captions.isCaption("- صورة للمستشفى الجديد."));
        assertTrue(Captions.isCaption("الصورة: المحافظ يتفقد المشروع"));
        assertTrue(Captions.isCaption("صورة أرشيفية"));
    }

    @Test
    void notCaptions() {
        assertFalse(Captions.isCaption("** الصورة خطوط"));
        assertFalse(Captions.isCaption("جانب من الحقيقة، كما يقول الكاتب:"));
        assertFalse(Captions.isCaption("من اليمين إلى اليسار تتغير المواقف كل يوم في هذه المدينة التي لا تهدأ أبدا."));
    }
}
