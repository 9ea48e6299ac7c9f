package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldsHamzaTaMarbutaAlefMaqsuraAndMarks() {
        assertEquals(Folding.fold("اقرا ايضا"), Folding.fold("إقرأ أيضاً"));
        assertEquals("مكتبه مصطفي", Folding.fold("مكتبة مصطفى"));
        assertEquals("مسوول", Folding.fold("مسؤول"));
    }

    @Test
    void lowercasesLatin() {
        assertEquals("related news", Folding.fold("RELATED News"));
    }
}
