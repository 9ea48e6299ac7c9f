package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class LexRankTest {

    private static List<Sentence> article(String... english) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < english.length; i++) {
            out.add(Sentence.english(i, english[i]));
        }
        return out;
    }

    @Test
    void sentenceSharingWordsWithTheOthersIsMostCentral() {
        List<Sentence> a =
                article(
                        "Floods closed the coastal road.",
                        "The storm brought floods and closed schools in the port city.",
                        "Schools in the port city stay closed.",
                        "The storm hit the port city overnight.",
                        "A football match was postponed.");
        double[] scores = new LexRank().scores(a.stream().map(Sentence::english).toList());
        assertEquals(1.0, scores[0] + scores[1] + scores[2] + scores[3] + scores[4], 1e-9);
        for (int i = 0; i < scores.length; i++) {
            if (i != 1) {
                assertTrue(scores[1] > scores[i], "sentence 1 should outrank " + i);
            }
        }
        // The unrelated sentence links only to itself: as in the paper, where every sentence is
        // its own neighbour, the walk keeps its uniform share, 1/5.
        assertEquals(0.2, scores[4], 1e-9);
    }

    @Test
    void isolatedSentencesGetEqualScores() {
        double[] scores =
                new LexRank().scores(List.of("alpha beta", "gamma delta", "epsilon zeta"));
        for (double s : scores) {
            assertEquals(1.0 / 3, s, 1e-9);
        }
    }

    @Test
    void picksKInArticleOrderAndSkipsBlanks() {
        List<Sentence> a =
                article(
                        "The storm hit the port city overnight.",
                        "",
                        "Floods closed the coastal road.",
                        "The storm brought floods and closed schools in the port city.",
                        "Schools in the port city stay closed.");
        // Scores: 0.206, -, 0.206, 0.381, 0.206; the tie for second place goes to the earliest.
        List<Sentence> picked = new LexRank().pick(a, 2);
        assertEquals(List.of(0, 3), picked.stream().map(Sentence::index).toList());
        assertEquals(
                List.of(0, 2, 3, 4),
                new LexRank().pick(a, 10).stream().map(Sentence::index).toList());
    }

    @Test
    void backgroundIdfIsUsedWhenGiven() {
        Idf idf = Idf.fromDocuments(List.of("the port", "the storm", "the city"));
        assertEquals(3, idf.documents());
        // "the" is in every document, "storm" in one, "ferry" in none.
        assertEquals(Math.log(4.0 / 4.0), idf.weight("the"), 1e-12);
        assertEquals(Math.log(4.0 / 2.0), idf.weight("storm"), 1e-12);
        assertEquals(Math.log(4.0 / 1.0), idf.weight("ferri"), 1e-12);
        LexRank withIdf = new LexRank(LexRank.Options.defaults(), idf);
        assertEquals(
                2,
                withIdf.pick(article("The storm hit.", "The port shut.", "The city slept."), 2)
                        .size());
    }
}
