package nashra.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorsTest {

    /**
     * A night of 60 leads: five about one happening name its three terms (1, 2, 3) together; a
     * topic word (10) is in eight leads, each time beside a different word; the rest is filler.
     */
    private static List<int[]> night() {
        List<int[]> leads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            leads.add(new int[] {1, 2, 3, 100 + i});
        }
        for (int i = 0; i < 8; i++) {
            leads.add(new int[] {10, 200 + i % 4, 300 + i});
        }
        for (int i = 0; i < 47; i++) {
            leads.add(new int[] {400 + i, 500 + i});
        }
        return leads;
    }

    @Test
    void termsThatComeTogetherInSeveralLeadsAreAnchors() {
        Anchors anchors = Anchors.of(night());
        assertEquals(3, anchors.shared(new int[] {1, 2, 3, 100}, new int[] {1, 2, 3, 104}));
        assertEquals(1, anchors.shared(new int[] {1, 2, 100}, new int[] {1, 2, 3}));
    }

    @Test
    void aTopicWordBesideChangingPartnersIsNoAnchor() {
        Anchors anchors = Anchors.of(night());
        // 10 with 200 comes together twice: fewer than the leads an anchor needs.
        assertEquals(0, anchors.shared(new int[] {10, 200, 300}, new int[] {10, 200, 304}));
    }

    @Test
    void aSmallNightKnowsItsHappeningByTheSameRule() {
        // Ten leads: the five of the happening still name it together, far above chance.
        Anchors anchors = Anchors.of(night().subList(0, 10));
        assertEquals(3, anchors.shared(new int[] {1, 2, 3, 100}, new int[] {1, 2, 3, 104}));
    }

    @Test
    void wordsInTooManyLeadsAreNoAnchors() {
        List<int[]> leads = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            leads.add(new int[] {1, 2, 100 + i});
        }
        // 1 and 2 are in every lead of a large night: its common words, whatever they come with.
        assertEquals(0, Anchors.of(leads).shared(new int[] {1, 2, 100}, new int[] {1, 2, 101}));
    }
}
