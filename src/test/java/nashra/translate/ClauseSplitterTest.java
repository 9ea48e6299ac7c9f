package nashra.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    /** One "token" a word, plus one for eos, like the model's count. */
    private static int words(String text) {
        return text.isBlank() ? 1 : text.strip().split("\\s+").length + 1;
    }

    @Test
    void keepsASentenceThatFits() {
        ClauseSplitter splitter = new ClauseSplitter(ClauseSplitterTest::words, 10);
        assertEquals(List.of("قال الوزير إن المحادثات ستستأنف"), splitter.split("قال الوزير إن المحادثات ستستأنف"));
    }

    @Test
    void prefersTheArabicSemicolonThenTheComma() {
        ClauseSplitter splitter = new ClauseSplitter(ClauseSplitterTest::words, 6);
        String sentence = "وصل الوفد إلى القاهرة، والتقى وزير الخارجية؛ ثم عقد مؤتمرا صحفيا مساء اليوم";
        List<String> parts = splitter.split(sentence);
        assertEquals("وصل الوفد إلى القاهرة، والتقى وزير الخارجية؛", parts.get(0) + " " + parts.get(1));
        assertTrue(parts.get(0).endsWith("،"));
        assertTrue(parts.stream().allMatch(p -> words(p) <= 6), parts.toString());
    }

    @Test
    void fallsBackToTheConjunctionWa() {
        ClauseSplitter splitter = new ClauseSplitter(ClauseSplitterTest::words, 6);
        List<String> parts = splitter.split("أعلن الرئيس خطة جديدة للإعمار وأكد الوزير دعم الحكومة لها");
        assertEquals("أعلن الرئيس خطة جديدة للإعمار", parts.get(0));
        assertTrue(parts.get(1).startsWith("وأكد"));
    }

    @Test
    void losesNoCharacterWhateverTheLength() {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sentence.append("كلمة").append(i).append(i % 7 == 0 ? "، " : i % 13 == 0 ? " و" : " ");
        }
        ClauseSplitter splitter = new ClauseSplitter(ClauseSplitterTest::words, 12);
        List<String> parts = splitter.split(sentence.toString());
        assertTrue(parts.size() > 10);
        assertTrue(parts.stream().allMatch(p -> words(p) <= 12));
        assertEquals(sentence.toString().replaceAll("\\s+", ""), String.join("", parts).replaceAll("\\s+", ""));
    }

    @Test
    void cutsAnUnbrokenRunByCharacters() {
        ClauseSplitter splitter = new ClauseSplitter(text -> text.length() / 10 + 1, 3);
        String run = "ب".repeat(95);
        List<String> parts = splitter.split(run);
        assertEquals(run, String.join("", parts));
        assertTrue(parts.stream().allMatch(p -> p.length() / 10 + 1 <= 3));
    }
}
