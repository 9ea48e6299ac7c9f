package nashra.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FootersTest {

    @Test
    void footers() {
        assertTrue(Footers.isFooter("رابط الخبر: https://example.com/n/1"));
        assertTrue(Footers.isFooter("تابعونا على تويتر وفيسبوك."));
        assertTrue(Footers.isFooter("// انتهى //"));
        assertTrue(Footers.isFooter("(يتبع)"));
        assertTrue(Footers.isFooter("reporter@example.com"));
        assertTrue(Footers.isFooter("تويتر: @reporter_name"));
        assertTrue(Footers.isFooter("إضافة ثانية وأخيرة"));
        assertFalse(Footers.isFooter("انتهى الاجتماع دون اتفاق."));
        assertFalse(Footers.isFooter("وأرسل المحتجون رسائل إلى reporter@example.com للمطالبة بالتصحيح."));
    }

    @Test
    void contactHeaderOpensABlock() {
        assertTrue(Footers.isContactHeader("للتواصل مع الكاتب أرسل رسالة SMS"));
        assertFalse(Footers.isContactHeader("للتواصل مع الأهالي زار المحافظ القرية."));
    }

    @Test
    void copyright() {
        assertTrue(Footers.isCopyright("© 2016 النشرة. جميع الحقوق محفوظة"));
        assertTrue(Footers.isCopyright("جميع الحقوق محفوظة لموقع النشرة"));
        assertTrue(Footers.isCopyright("Copyright 2016 Example News"));
        assertFalse(Footers.isCopyright("وناقش المجلس مشروع قانون حقوق النشر الجديد الذي يحمي المؤلفين من القرصنة "
                + "الإلكترونية ويضع عقوبات على المخالفين تصل إلى السجن خمس سنوات وغرامة مالية كبيرة تدفع للمتضرر."));
    }

    @Test
    void tagLines() {
        assertTrue(Footers.isTagLine("الكلمات المفتاحية: حلب، جنيف، الهدنة"));
        assertFalse(Footers.isTagLine("الوسوم التي انتشرت أمس كانت كثيرة"));
    }
}
