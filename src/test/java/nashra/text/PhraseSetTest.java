package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSetTest {

    private final PhraseSet set = new PhraseSet("أخبار ذات صلة", "تويتر", "فيس بوك", "طباعة");

    @Test
    void matchesWholePhrasesOnFoldedWords() {
        assertTrue(set.isPhrase("اخبار ذات صله:"));
        assertFalse(set.isPhrase("أخبار ذات صلة بالموضوع"));
        assertTrue(set.startsWith("أخبار ذات صلة بالموضوع"));
    }

    @Test
    void coversALineMadeOnlyOfEntriesAndCounts() {
        assertTrue(set.coversAll("تويتر | فيس بوك | طباعة 12"));
        assertFalse(set.coversAll("نشر الوزير على تويتر"));
        assertFalse(set.coversAll("12"));
    }

    @Test
    void countsLeadingEntries() {
        List<String> words = PhraseSet.words("تويتر فيس بوك قال الوزير");
        assertEquals(2, set.leadingEntries(words));
        assertEquals(3, set.leadingWords(words));
    }

    @Test
    void findsTheEndOfTheNthWordInTheOriginalText() {
        String text = "تويتر | فيس بوك - قال";
        assertEquals("تويتر | فيس بوك", text.substring(0, PhraseSet.endOfWords(text, 3)));
    }
}
