package nashra.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins articles (or stories) into clusters from scored candidate pairs, strongest pair first,
 * never across more days than a story may span. Two ways: by agreement with the whole cluster
 * (what the grouper does) and by single links (the grouper before issue 12, for measuring).
 */
final class ClusterLinking {

    /**
     * Least mean pair score between two multi-article sets that join. The two halves of the seed
     * story (Interfax and Shoigu reports) average 0.167; a chain of royal protocol items, under 0.1.
     */
    private static final double MIN_MERGE_MEAN = 0.12;
    private static final int MERGE_SAMPLE = 8;
    /**
     * A pair supports a join when its articles share at least this much: two reports with nothing
     * in common (under 0.05) do not, however close each is to a third. The seed reports that join
     * through a rewrite share 0.05 to 0.3 with each other.
     */
    private static final double SUPPORT = 0.05;

    private final long[] days;
    private final int maxDaysApart;

    /**
     * @param days each article's day ({@link UnionFind#NO_DAY} when unknown)
     * @param maxDaysApart articles further apart than this many days are never linked; negative for no limit
     */
    ClusterLinking(long[] days, int maxDaysApart) {
        this.days = days;
        this.maxDaysApart = maxDaysApart;
    }

    /** Each article in its own cluster. */
    static int[] identity(int n) {
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
        }
        return root;
    }

    /** A partition of the articles: each one's cluster representative, and the joins it took. */
    record Clusters(int[] root, long merges) {
    }

    /** Pair score used by a linking pass. */
    interface PairScore {
        double score(int i, int j);
    }

    /**
     * Links clusters by agreement with the whole group, not by one pair. Candidate pairs at or
     * above {@code linkAt} are taken strongest first; the two clusters they fall in join only if the
     * mean pair score between their members (at most {@link #MERGE_SAMPLE} of each, pairs scored on
     * demand) reaches {@code agreeAt}. So A~B and B~C put C with A and B only when C is close to
     * both on average: a single strong pair cannot chain unrelated reports together.
     *
     * @param start the clusters to begin from (each article its own, or the stories for incidents)
     */
    Clusters byAgreement(long[] pairs, PairScore score, double linkAt, double agreeAt, double supportShare,
            int[] start) {
        int n = start.length;
        Map<Long, Double> cache = new HashMap<>();
        PairScore cached = (i, j) -> cache.computeIfAbsent(CandidatePairs.key(i, j), key -> score.score(i, j));
        List<double[]> links = strongestFirst(pairs, cached, linkAt, start);
        UnionFind sets = new UnionFind(days);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (start[i] != i) {
                sets.union(i, start[i], -1);
            }
        }
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(sets.find(i), r -> new ArrayList<>()).add(i);
        }
        long merges = 0;
        // A link refused while its clusters were small may hold once they have grown (the two
        // halves of a rewritten story agree as wholes, not through their first members), so the
        // refused links get up to two more passes.
        for (int pass = 0; pass < 3 && !links.isEmpty(); pass++) {
            List<double[]> refused = new ArrayList<>();
            long before = merges;
            for (double[] link : links) {
                int a = (int) link[1];
                int b = (int) link[2];
                int ra = sets.find(a);
                int rb = sets.find(b);
                if (ra == rb) {
                    continue;
                }
                if (!agree(members.get(ra), members.get(rb), cached, agreeAt, supportShare)) {
                    refused.add(link);
                    continue;
                }
                if (sets.union(a, b, maxDaysApart)) {
                    int root = sets.find(a);
                    members.get(root).addAll(members.remove(root == ra ? rb : ra));
                    merges++;
                }
            }
            if (merges == before) {
                break;
            }
            links = refused;
        }
        return new Clusters(roots(sets, n), merges);
    }

    /**
     * Whether two clusters agree: the mean pair score between them (at most {@link #MERGE_SAMPLE}
     * members of each) reaches {@code agreeAt}, and more than half of those pairs score at least
     * {@link #SUPPORT}. A report that copies half of each of two stories scores high with one
     * member of each and near nothing with the others, so it never takes the two into one.
     */
    private static boolean agree(List<Integer> x, List<Integer> y, PairScore score, double agreeAt,
            double supportShare) {
        double sum = 0;
        int count = 0;
        int supported = 0;
        for (int i : x.subList(0, Math.min(MERGE_SAMPLE, x.size()))) {
            for (int j : y.subList(0, Math.min(MERGE_SAMPLE, y.size()))) {
                double s = score.score(i, j);
                sum += s;
                count++;
                if (s >= SUPPORT) {
                    supported++;
                }
            }
        }
        return sum / count >= agreeAt && supported > supportShare * count;
    }

    /** Mean pair score between two clusters over at most MERGE_SAMPLE members of each. */
    private static double meanScore(List<Integer> x, List<Integer> y, PairScore score) {
        double sum = 0;
        int count = 0;
        for (int i : x.subList(0, Math.min(MERGE_SAMPLE, x.size()))) {
            for (int j : y.subList(0, Math.min(MERGE_SAMPLE, y.size()))) {
                sum += score.score(i, j);
                count++;
            }
        }
        return sum / count;
    }

    /** The linking this grouper shipped with before incidents: single links by union-find, for the evaluation. */
    Clusters single(long[] sorted, PairScore score, double linkAt) {
        int n = days.length;
        List<double[]> links = strongestFirst(sorted, score, linkAt, identity(n));
        UnionFind sets = new UnionFind(days);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            members.put(i, new ArrayList<>(List.of(i)));
        }
        long merges = 0;
        for (double[] link : links) {
            int a = (int) link[1];
            int b = (int) link[2];
            int ra = sets.find(a);
            int rb = sets.find(b);
            if (ra == rb || (members.get(ra).size() > 1 && members.get(rb).size() > 1
                    && meanScore(members.get(ra), members.get(rb), score) < MIN_MERGE_MEAN)) {
                continue;
            }
            if (sets.union(a, b, maxDaysApart)) {
                int root = sets.find(a);
                members.get(root).addAll(members.remove(root == ra ? rb : ra));
                merges++;
            }
        }
        return new Clusters(roots(sets, n), merges);
    }

    /**
     * The candidate pairs scoring at least {@code linkAt}, as {score, i, j}, strongest first; pairs
     * already in one starting cluster or too many days apart are left out.
     */
    private List<double[]> strongestFirst(long[] pairs, PairScore score, double linkAt, int[] start) {
        List<double[]> links = new ArrayList<>();
        for (long pair : pairs) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (start[i] == start[j] || tooFarApart(days[i], days[j])) {
                continue;
            }
            double s = score.score(i, j);
            if (s >= linkAt) {
                links.add(new double[] {s, i, j});
            }
        }
        links.sort((x, y) -> Double.compare(y[0], x[0]));
        return links;
    }

    /** Each article's cluster representative. */
    private static int[] roots(UnionFind sets, int n) {
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = sets.find(i);
        }
        return root;
    }

    private boolean tooFarApart(long dayA, long dayB) {
        if (maxDaysApart < 0 || dayA == UnionFind.NO_DAY || dayB == UnionFind.NO_DAY) {
            return false;
        }
        return Math.abs(dayA - dayB) > maxDaysApart;
    }
}
