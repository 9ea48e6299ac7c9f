package nashra.story;

import java.util.Arrays;

/**
 * Disjoint sets over 0..n-1 with path halving and union by size, each set keeping the span of
 * its members' days so that a union can be refused when the merged set would cover too many.
 */
final class UnionFind {

    /** Day of a member without a date: it never widens a span. */
    static final long NO_DAY = Long.MIN_VALUE;

    private final int[] parent;
    private final int[] size;
    private final long[] first;
    private final long[] last;

    /** @param days epoch day of each member, or {@link #NO_DAY} */
    UnionFind(long[] days) {
        int n = days.length;
        parent = new int[n];
        size = new int[n];
        first = new long[n];
        last = new long[n];
        Arrays.fill(size, 1);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            first[i] = days[i] == NO_DAY ? Long.MAX_VALUE : days[i];
            last[i] = days[i] == NO_DAY ? Long.MIN_VALUE : days[i];
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /**
     * Joins the sets of a and b unless the joined set's days would span more than maxDays (no
     * limit when negative).
     *
     * @return whether a and b are now in one set
     */
    boolean union(int a, int b, int maxDays) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        long from = Math.min(first[ra], first[rb]);
        long to = Math.max(last[ra], last[rb]);
        if (maxDays >= 0 && from <= to && to - from > maxDays) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        first[ra] = from;
        last[ra] = to;
        return true;
    }
}
