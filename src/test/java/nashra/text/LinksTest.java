package nashra.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void urlLines() {
        assertTrue(Links.isUrlLine("https://example.com/news/2016/08/29/aleppo"));
        assertTrue(Links.isUrlLine("الرابط: www.example.com/a/1"));
        assertFalse(Links.isUrlLine("ويمكن التسجيل عبر الموقع www.example.gov.sa حتى نهاية الشهر الجاري."));
    }

    @Test
    void breadcrumbs() {
        assertTrue(Links.isBreadcrumb("الرئيسية / دولي / تركيا تعيد فتح معبر حدودي"));
        assertTrue(Links.isBreadcrumb("الرئيسية » أخبار"));
        assertTrue(Links.isBreadcrumb("أخبار › عربي ودولي › سوريا"));
        assertFalse(Links.isBreadcrumb("للعام الدراسي 1436/1437 هـ"));
        assertFalse(Links.isBreadcrumb("قال إن المفاوضات / التي بدأت أمس / ستستمر أسبوعا."));
    }

    @Test
    void hashtagLines() {
        assertTrue(Links.isHashtagLine("#حلب #سوريا #عاجل"));
        assertTrue(Links.isHashtagLine("#الوكالة_العربية_للأنباء+مواقع"));
        assertFalse(Links.isHashtagLine("وتصدر وسم #حلب_تحترق قائمة الأكثر تداولا في المنطقة."));
    }

    @Test
    void relatedHeaders() {
        assertTrue(Links.isRelatedHeader("أخبار ذات صلة"));
        assertTrue(Links.isRelatedHeader("RELATED NEWS"));
        assertTrue(Links.isRelatedHeader("الأكثر قراءة"));
        assertTrue(Links.isRelatedHeader("اقرأ أيضا: وزير الخارجية يصل إلى جنيف"));
        assertTrue(Links.isRelatedHeader("إقرأ أيضاً وزير الخارجية يصل إلى جنيف"));
        assertFalse(Links.isRelatedHeader("آخر الأخبار تشير إلى أن الوفد سيصل غدا."));
        assertFalse(Links.isRelatedHeader("الأكثر تضررا من الأزمة هم سكان الأحياء الشرقية"));
    }

    @Test
    void linkLikeLinesHaveNoFullStop() {
        assertTrue(Links.isLinkLike("وزير الخارجية يصل إلى جنيف"));
        assertTrue(Links.isLinkLike("هل ينجح وقف إطلاق النار؟"));
        assertFalse(Links.isLinkLike("وصل وزير الخارجية إلى جنيف مساء أمس."));
    }
}
