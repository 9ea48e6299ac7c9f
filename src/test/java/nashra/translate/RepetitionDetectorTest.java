package nashra.translate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RepetitionDetectorTest {

    private final RepetitionDetector detector = RepetitionDetector.standard();

    @Test
    void flagsOneTokenRepeatedOverAndOver() {
        assertTrue(detector.repeats(new int[] {5, 9, 9, 9, 9, 2}));
    }

    @Test
    void flagsALoopOfAThreeTokenPhrase() {
        assertTrue(detector.repeats(new int[] {1, 7, 8, 9, 7, 8, 9, 7, 8, 9, 7, 8, 9, 3}));
    }

    @Test
    void ordinarySentencesPass() {
        // "very , very good , good" style doubling and shared words must not trip it.
        assertFalse(detector.repeats(new int[] {4, 11, 12, 11, 13, 14, 14, 15, 4, 16}));
        assertFalse(detector.repeats(new int[] {}));
        assertFalse(detector.repeats(new int[] {7, 8, 9, 7, 8, 9, 7, 8, 9}));
    }
}
