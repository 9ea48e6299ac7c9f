package nashra.story;

import java.util.Comparator;

import nashra.digest.Published;
import nashra.digest.StoryDigest;

/**
 * Briefing order of stories: stories several articles report first, by distinct named outlets
 * (most first), single-article stories after them; then the latest publication first (by its
 * instant where the zone is known, a time without a zone taken as UTC, a bare date at its start),
 * then by id so that the order never depends on input order.
 */
public final class StoryOrder implements Comparator<StoryDigest> {

    @Override
    public int compare(StoryDigest a, StoryDigest b) {
        int c = Boolean.compare(a.sources().size() == 1, b.sources().size() == 1);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(b.sourceCount(), a.sourceCount());
        if (c != 0) {
            return c;
        }
        c = compareDates(b.published(), a.published());
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    /** Compares two publications by time; a story without one sorts before none (callers pass them swapped). */
    private static int compareDates(String later, String earlier) {
        return Long.compare(Published.sortKey(later), Published.sortKey(earlier));
    }
}
