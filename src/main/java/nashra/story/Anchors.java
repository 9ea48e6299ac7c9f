package nashra.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
     * How many times more often than chance the two terms must come together. On dev, 3 let
     * formula pairs of the wire's market and protocol items in; 5 lost the Super Cup's pairs.
     */
    static final double MIN_LIFT = 4;
    /** Terms in more of the leads than this share are the night's common words, never anchors. */
    private static final double MAX_SHARE = 0.3;
    /** Terms of one lead paired at most (the rarest), so that one run-on lead cannot make the work quadratic. */
    private static final int MAX_TERMS = 60;

    /**
     * Leads a night needs before its anchors are known. In a handful of articles every term of
     * the one happening is in most leads, and chance pairs look like anchors; the incident score
     * then keeps the plain overlap (the dev evenings have 66 to 184 articles).
     */
    static final int MIN_LEADS = 50;

    private final Set<Long> pairs;
    private final boolean known;

    private Anchors(Set<Long> pairs, boolean known) {
        this.pairs = pairs;
        this.known = known;
    }

    /** Whether the night was large enough to tell its anchors (see {@link #MIN_LEADS}). */
    boolean known() {
        return known;
    }

    /** The anchors among the leads (each one's term ids, ascending). */
    static Anchors of(List<int[]> leads) {
        int n = leads.size();
        if (n < MIN_LEADS) {
            return new Anchors(Set.of(), false);
        }
        Map<Integer, Integer> df = new HashMap<>();
        for (int[] lead : leads) {
            for (int t : lead) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int[][] kept = new int[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            kept[i] = Arrays.stream(leads.get(i)).filter(t -> df.get(t) >= MIN_TOGETHER && df.get(t) <= MAX_SHARE * n)
                    .boxed()
                    .sorted((x, y) -> df.get(x).equals(df.get(y)) ? Integer.compare(x, y) : Integer.compare(df.get(x), df.get(y)))
                    .limit(MAX_TERMS)
                    .mapToInt(Integer::intValue)
                    .toArray();
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
            if (count >= MIN_TOGETHER && (double) count * n >= MIN_LIFT * df.get(a) * df.get(b)) {
                anchors.add(together[start]);
            }
        }
        return new Anchors(anchors, true);
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
