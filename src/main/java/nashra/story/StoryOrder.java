package nashra.story;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Briefing order of stories: stories several outlets carried first (by distinct outlets, most
 * first), single-article stories after them, then the most recent first, then by id so that the
 * order never depends on input order.
 */
public final class StoryOrder implements Comparator<Story> {

    @Override
    public int compare(Story a, Story b) {
        int c = Boolean.compare(a.members().size() == 1, b.members().size() == 1);
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

    /** Later date first; a story without a date goes after dated ones. */
    private static int compareDates(LocalDate later, LocalDate earlier) {
        if (later == null || earlier == null) {
            return Boolean.compare(earlier == null, later == null);
        }
        return later.compareTo(earlier);
    }
}
