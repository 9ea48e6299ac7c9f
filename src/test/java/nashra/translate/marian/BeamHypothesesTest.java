package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BeamHypothesesTest {

    @Test
    void keepsTheBestAndNormalisesByLength() {
        BeamHypotheses h = new BeamHypotheses(2, 1.0);
        h.add(new int[] {9, 1}, -2.0, 2);        // -1.0
        h.add(new int[] {9, 1, 2, 3}, -3.0, 4);  // -0.75, best
        h.add(new int[] {9, 4}, -4.0, 2);        // -2.0, not kept
        assertArrayEquals(new int[] {9, 1, 2, 3}, h.best().tokens());
    }

    @Test
    void doneWhenNoRunningBeamCanBeatTheWorstKept() {
        BeamHypotheses h = new BeamHypotheses(2, 1.0);
        assertFalse(h.isDone(-0.1, 3), "fewer than beams hypotheses");
        h.add(new int[] {9, 1}, -1.0, 2);  // -0.5
        h.add(new int[] {9, 2}, -1.2, 2);  // -0.6 worst
        assertFalse(h.isDone(-1.5, 3));     // -0.5 attainable > -0.6
        assertTrue(h.isDone(-2.4, 3));      // -0.8 attainable <= -0.6
    }

    @Test
    void laterHypothesisWinsATie() {
        BeamHypotheses h = new BeamHypotheses(3, 1.0);
        h.add(new int[] {9, 1}, -1.0, 2);
        h.add(new int[] {9, 2}, -1.0, 2);
        assertArrayEquals(new int[] {9, 2}, h.best().tokens());
    }

    @Test
    void candidatesKeepTheTopKInOrder() {
        BeamSearch.Candidates top = new BeamSearch.Candidates(3);
        float[] scores = {-5f, -1f, -3f, -1f, Float.NEGATIVE_INFINITY, -0.5f};
        for (int v = 0; v < scores.length; v++) {
            top.offer(scores[v], 0, v);
        }
        assertArrayEquals(new int[] {5, 1, 3}, new int[] {top.token(0), top.token(1), top.token(2)});
    }
}
