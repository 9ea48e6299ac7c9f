package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class RougeTest {

    private final Rouge plain = new Rouge(false);

    @Test
    void tokensAreLowerCaseAlphanumericRuns() {
        assertEquals(
                List.of("the", "u", "s", "firm", "made", "1", "13bn"),
                Tokens.of("The U.S. firm made $1.13bn!", false));
    }

    @Test
    void handComputedExample() {
        // candidate: the cat sat on the mat (6 tokens, 5 bigrams)
        // reference: the cat lay on the mat today (7 tokens, 6 bigrams)
        Rouge.Scores s = plain.score("The cat sat on the mat.", "the cat lay on the mat today");
        // unigrams: the x2, cat, on, mat match -> 5; P = 5/6, R = 5/7, F = 2*5/(6+7) = 10/13
        assertEquals(5.0 / 6, s.rouge1().precision(), 1e-12);
        assertEquals(5.0 / 7, s.rouge1().recall(), 1e-12);
        assertEquals(10.0 / 13, s.rouge1().f1(), 1e-12);
        // bigrams: "the cat", "on the", "the mat" match -> 3; P = 3/5, R = 3/6, F = 6/11
        assertEquals(6.0 / 11, s.rouge2().f1(), 1e-12);
        // LCS: the cat on the mat = 5, same as unigrams here
        assertEquals(10.0 / 13, s.rougeL().f1(), 1e-12);
    }

    @Test
    void repeatedNgramsAreClippedToTheReferenceCount() {
        // candidate "the the the" vs reference "the cat": one "the" matches; P = 1/3, R = 1/2, F =
        // 0.4
        assertEquals(0.4, plain.score("the the the", "the cat").rouge1().f1(), 1e-12);
    }

    @Test
    void lcsIsOrderSensitiveWhereUnigramsAreNot() {
        Rouge.Scores s = plain.score("c b a", "a b c");
        assertEquals(1.0, s.rouge1().f1(), 1e-12);
        assertEquals(0.0, s.rouge2().f1(), 1e-12);
        // longest common subsequence has length 1
        assertEquals(1.0 / 3, s.rougeL().f1(), 1e-12);
    }

    @Test
    void stemmingMatchesInflections() {
        assertEquals(0.0, plain.score("profits rising", "profit rises").rouge1().f1(), 1e-12);
        Rouge stemmed = new Rouge(true);
        assertEquals(1.0, stemmed.score("profits rising", "profit rises").rouge1().f1(), 1e-12);
    }

    @Test
    void emptyTextScoresZero() {
        Rouge.Scores s = plain.score("", "a reference");
        assertEquals(0.0, s.rouge1().f1());
        assertEquals(0.0, s.rouge2().f1());
        assertEquals(0.0, s.rougeL().f1());
    }

    @Test
    void lcsLength() {
        assertEquals(
                4,
                Rouge.lcsLength(
                        List.of("a", "b", "c", "b", "d", "a", "b"),
                        List.of("b", "d", "c", "a", "b", "a")));
    }
}
