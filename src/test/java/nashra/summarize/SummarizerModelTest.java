package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The summariser with the real MiniLM model on a small article written for this test. */
class SummarizerModelTest {

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load(new SentenceEmbedder.Options(16, 256, 1));
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    /**
     * Two outlets carried the same wire paragraph with small edits; the translations differ by a
     * word or two. The summary must not spend two of its sentences on it.
     */
    @Test
    void editedRepeatOfAWireParagraphIsNotChosenTwice() {
        List<Sentence> article =
                List.of(
                        new Sentence(
                                0,
                                "أ",
                                "The ministry of health announced on Monday that it will open"
                                    + " twelve new hospitals in the eastern province by the end of"
                                    + " next year."),
                        new Sentence(
                                1,
                                "ب",
                                "The hospitals will add about three thousand beds, the minister"
                                        + " told reporters in the capital."),
                        new Sentence(
                                2,
                                "ت",
                                "Officials said that construction costs would be shared between the"
                                        + " ministry and private investors."),
                        new Sentence(
                                3,
                                "ث",
                                "The ministry of health said on Monday it would open twelve new"
                                        + " hospitals in the eastern province by the end of next"
                                        + " year."),
                        new Sentence(
                                4,
                                "ج",
                                "Residents of the province have long complained of waiting lists"
                                        + " for surgery."),
                        new Sentence(
                                5,
                                "ح",
                                "The announcement comes a week after the cabinet approved the new"
                                        + " budget."));
        double repeat =
                Vectors.dot(
                        embedder.embed(article.get(0).english()),
                        embedder.embed(article.get(3).english()));
        assertTrue(
                repeat >= Summarizer.Options.defaults().duplicateCutoff(),
                "repeat cosine " + repeat);

        List<Sentence> picked = new Summarizer(embedder).summarize(article);
        // Within the default budget of 75 words: the five sentences that are not repeats come to 76.
        assertEquals(4, picked.size());
        assertTrue(
                picked.stream().mapToInt(s -> Words.count(s.english())).sum()
                        <= Summarizer.DEFAULT_WORDS);
        List<Integer> indices = picked.stream().map(Sentence::index).toList();
        assertTrue(!(indices.contains(0) && indices.contains(3)), indices.toString());
        for (int i = 1; i < indices.size(); i++) {
            assertTrue(indices.get(i - 1) < indices.get(i));
        }
        // Each chosen English sentence still carries its own Arabic.
        for (Sentence s : picked) {
            assertEquals(article.get(s.index()).arabic(), s.arabic());
        }
    }
}
