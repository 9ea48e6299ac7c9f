package nashra.story;

import java.util.Comparator;

import nashra.digest.StoryDigest;

/**
 * Briefing order of stories: stories several articles report first, by distinct outlets (most
 * first), single-article stories after them; then the most recent first, then by id so that the
 * order never depends on input order.
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

    /** Later ISO date first (ISO dates order as text); a story without a date after dated ones. */
    private static int compareDates(String later, String earlier) {
        if (later.isEmpty() || earlier.isEmpty()) {
            return Boolean.compare(earlier.isEmpty(), later.isEmpty());
        }
        return later.compareTo(earlier);
    }
}
