package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void countsWhitespaceRunsThatHoldALetterOrDigit() {
        assertEquals(0, Words.count(null));
        assertEquals(0, Words.count("  \n "));
        assertEquals(5, Words.count("The U.S. raised $1.13bn - today."));
        assertEquals(3, Words.count("قال الوزير «نعم»"));
    }

    @Test
    void firstKeepsWholeWordsUpToTheLimit() {
        assertEquals("The U.S. raised", Words.first("The U.S. raised $1.13bn today.", 3));
        // A dash is not a word, so it rides along without using the limit.
        assertEquals("Talks - and", Words.first("Talks - and more talks", 2));
        assertEquals("", Words.first("anything", 0));
    }

    @Test
    void sourceWordsFoldArabicAndStripTheArticle() {
        assertEquals(List.of("رئيس", "رئيس", "مدرسه"), SourceWords.tokens("والرئيس الرَّئيس المدرسة"));
        assertEquals(List.of("acme", "said", "10"), SourceWords.tokens("ACME said: 10 a"));
    }

    @Test
    void attributionIsAQuoteOrAVerbOfSaying() {
        assertTrue(SourceWords.attributed("وأضاف الوزير أن المحادثات مستمرة"));
        assertTrue(SourceWords.attributed("قال المتحدث إن الاجتماع انتهى"));
        assertTrue(SourceWords.attributed("ووصف الاتفاق بأنه «تاريخي»"));
        assertTrue(SourceWords.attributed("Prices rose, the minister said."));
        assertFalse(SourceWords.attributed("ارتفعت الأسعار في الأسواق"));
        assertFalse(SourceWords.attributed("Prices rose in the markets."));
    }
}
