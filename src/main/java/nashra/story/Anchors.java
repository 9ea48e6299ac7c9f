package nashra.story;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The anchors of one night: pairs of lead terms that come together in several leads, far more
 * often than their frequencies would make chance. One happening is told by many outlets and
 * statements that name it the same way (تفجير with مسجد, طوارئ and عسير; السوبر with لندن), so
 * its terms travel together; the reports of a topic (a university's news, a province's summer
 * items, the markets) share single words, each common on its own, and rarely the same two in
 * more than a couple of leads. Stories of one incident share several anchors; stories that
 * share only a topic or a region share few or none (see {@code StoryGrouper.Features.incidentScore}).
 *
 * <p>Linear in the number of leads: only terms in at least {@link #MIN_TOGETHER} and at most
 * {@link #MAX_SHARE} of the leads are paired, and the pairs are counted by sorting, not hashing.
 */
final class Anchors {

    /** Leads two terms must share (and each term must be in) to be an anchor: a happening is told several times. */
    static final int MIN_TOGETHER = 4;
    /**
     * How many times more often than chance (counted with the {@link #PRIOR}) the two terms must
     * come together. Tuned on dev with the prior and the share: 100 / 0.2 / 8 sits on a plateau
     * (0.68 to 0.69 incident F1 around it); lower lifts let formula pairs of the wire's market and
     * protocol items in.
     */
    static final double MIN_LIFT = 8;
    /** Terms in more than this share of the leads (prior included) are the night's common words, never anchors. */
    private static final double MAX_SHARE = 0.2;
    /**
     * Terms of one lead paired at most: the most frequent of those allowed, which are the
     * happening's own names when the lead tells one (on dev, 16 to 24 score alike; the rarest
     * instead lost most anchors). Bounds the work at 190 pairs a lead.
     */
    private static final int MAX_TERMS = 20;

    /**
     * Leads the statistics assume beside the night's, none carrying any term (as the IDF does,
     * see {@code StoryGrouper.IDF_PRIOR}). In a handful of articles every term of the one
     * happening is in most leads; without the prior it would count as a common word, and chance
     * pairs as anchors. With it, a small night and a large one are judged by one rule.
     */
    static final int PRIOR = 100;

    private final Set<Long> pairs;

    private Anchors(Set<Long> pairs) {
        this.pairs = pairs;
    }

    /** The anchors among the leads (each one's term ids, ascending). */
    static Anchors of(List<int[]> leads) {
        int n = leads.size() + PRIOR;
        int[] df = new int[1 + leads.stream().flatMapToInt(Arrays::stream).max().orElse(0)];
        for (int[] lead : leads) {
            for (int t : lead) {
                df[t]++;
            }
        }
        int[][] kept = new int[leads.size()][];
        int total = 0;
        for (int i = 0; i < kept.length; i++) {
            kept[i] = pairable(leads.get(i), df, n);
            total += kept[i].length * (kept[i].length - 1) / 2;
        }
        long[] together = new long[total];
        int k = 0;
        for (int[] terms : kept) {
            for (int x = 0; x < terms.length; x++) {
                for (int y = x + 1; y < terms.length; y++) {
                    together[k++] = key(terms[x], terms[y]);
                }
            }
        }
        Arrays.sort(together);
        Set<Long> anchors = new HashSet<>();
        for (int start = 0, end; start < together.length; start = end) {
            end = start;
            while (end < together.length && together[end] == together[start]) {
                end++;
            }
            int count = end - start;
            int a = (int) (together[start] >>> 32);
            int b = (int) together[start];
            if (count >= MIN_TOGETHER && (double) count * n >= MIN_LIFT * df[a] * df[b]) {
                anchors.add(together[start]);
            }
        }
        return new Anchors(anchors);
    }

    /**
     * The lead's terms that may be anchors: in at least {@link #MIN_TOGETHER} leads and at most
     * {@link #MAX_SHARE} of them, the {@link #MAX_TERMS} in most leads when there are more; ascending ids.
     */
    private static int[] pairable(int[] lead, int[] df, int n) {
        long[] byRarity = Arrays.stream(lead)
                .filter(t -> df[t] >= MIN_TOGETHER && df[t] <= MAX_SHARE * n)
                .mapToLong(t -> ((long) (Integer.MAX_VALUE - df[t]) << 32) | t) // most leads first, then by id
                .sorted()
                .limit(MAX_TERMS)
                .toArray();
        return Arrays.stream(byRarity).mapToInt(k -> (int) k).sorted().toArray();
    }

    /** How many anchors both leads hold (each lead's term ids in ascending order). */
    int shared(int[] a, int[] b) {
        int[] common = new int[Math.min(a.length, b.length)];
        int m = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length;) {
            if (a[x] == b[y]) {
                common[m++] = a[x];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        int count = 0;
        for (int x = 0; x < m; x++) {
            for (int y = x + 1; y < m; y++) {
                if (pairs.contains(key(common[x], common[y]))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The two ids in one long, the smaller first (ids are non-negative). */
    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
