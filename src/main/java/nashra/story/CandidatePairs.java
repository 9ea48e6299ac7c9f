package nashra.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of articles the grouper scores, found without comparing all pairs: each source is
 * near-linear in the number of articles (posting lists and LSH buckets are capped). A pair is a
 * {@code long}, see {@link #key}.
 */
final class CandidatePairs {

    /** LSH bands over each MinHash signature (its length divided among them as rows). */
    private static final int BANDS = 32;
    private static final int BUCKET_CAP = 40;
    private static final int POSTING_CAP = 25;
    private static final int RARE_PHRASE_MAX_DF = 5;
    private static final int RARE_PHRASES_SHARED = 8;
    /** Salient terms of an article indexed for incident candidates, and the most articles a term may have. */
    private static final int INCIDENT_TERMS = 6;
    private static final int INCIDENT_POSTING_CAP = 20;

    private CandidatePairs() {
    }

    /** The parts of one report (each article's key, see {@link ReportParts}), each paired with the first part seen. */
    static void parts(String[] reports, Set<Long> out) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < reports.length; i++) {
            if (reports[i] != null) {
                Integer f = first.putIfAbsent(reports[i], i);
                if (f != null) {
                    out.add(key(f, i));
                }
            }
        }
    }

    /**
     * Pairs sharing one of each article's {@link #INCIDENT_TERMS} heaviest lead terms, when few
     * enough articles carry it (at most {@link #INCIDENT_POSTING_CAP}): the statements around one
     * happening repeat its place and act without copying each other's wording. Linear in the
     * number of articles, each posting list being capped.
     */
    static void leadTerms(List<int[]> ids, List<double[]> weights, Set<Long> out) {
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            int[] own = ids.get(i);
            double[] w = weights.get(i);
            Integer[] order = new Integer[own.length];
            for (int k = 0; k < own.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (x, y) -> {
                int c = Double.compare(w[y], w[x]);
                return c != 0 ? c : Integer.compare(own[x], own[y]);
            });
            for (int k = 0; k < Math.min(INCIDENT_TERMS, order.length); k++) {
                List<Integer> p = postings.computeIfAbsent(own[order[k]], t -> new ArrayList<>());
                if (p.size() <= INCIDENT_POSTING_CAP) {
                    p.add(i);
                }
            }
        }
        for (List<Integer> posting : postings.values()) {
            addPairs(posting, INCIDENT_POSTING_CAP, false, out);
        }
    }

    /**
     * Verbatim or lightly edited copies: articles whose MinHash signatures (over word 3-grams)
     * agree on a whole band. A bucket larger than the cap is chained, each member to the next, so
     * a flood of identical copies stays connected without quadratic work.
     */
    static void copies(long[][] signatures, Set<Long> out) {
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            int rows = signatures.length == 0 ? 0 : signatures[0].length / BANDS;
            for (int i = 0; i < signatures.length; i++) {
                long[] sig = signatures[i];
                if (sig[0] == Long.MAX_VALUE) {
                    continue; // no text, nothing to match on
                }
                long key = band;
                for (int r = band * rows; r < (band + 1) * rows; r++) {
                    key = MinHash.mix(key * 31 + sig[r]);
                }
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                addPairs(bucket, BUCKET_CAP, true, out);
            }
        }
    }

    /**
     * Pairs that share at least {@link #RARE_PHRASES_SHARED} word 3-grams found in at most
     * {@link #RARE_PHRASE_MAX_DF} articles: a quotation or paragraph copied into a rewrite, too
     * small a part of either article for the whole-article LSH to notice. Each posting list has at
     * most {@code RARE_PHRASE_MAX_DF} articles, so the work is linear in the number of shingles.
     */
    static void rarePhrases(long[][] shingles, Map<Long, Integer> shingleDf, Set<Long> out) {
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < shingles.length; i++) {
            for (long sh : shingles[i]) {
                int f = shingleDf.get(sh);
                if (f >= 2 && f <= RARE_PHRASE_MAX_DF) {
                    postings.computeIfAbsent(sh, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> p : postings.values()) {
            for (int x = 0; x < p.size(); x++) {
                for (int y = x + 1; y < p.size(); y++) {
                    shared.merge(key(p.get(x), p.get(y)), 1, Integer::sum);
                }
            }
        }
        shared.forEach((pair, count) -> {
            if (count >= RARE_PHRASES_SHARED) {
                out.add(pair);
            }
        });
    }

    /**
     * Rewrites that still name the same people and places: articles sharing a title term that at
     * most {@link #POSTING_CAP} articles carry (a term that common is not rare).
     */
    static void titleTerms(List<List<String>> titles, Map<String, Integer> df, Set<Long> out) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            for (String t : new HashSet<>(titles.get(i))) {
                int f = df.get(t);
                if (t.length() > 2 && f >= 2 && f <= POSTING_CAP) {
                    postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (List<Integer> posting : postings.values()) {
            addPairs(posting, POSTING_CAP, false, out);
        }
    }

    /** All pairs of a small list; a list over the cap is chained when asked, else skipped. */
    private static void addPairs(List<Integer> members, int cap, boolean chainWhenLarge, Set<Long> out) {
        if (members.size() < 2) {
            return;
        }
        if (members.size() > cap) {
            if (chainWhenLarge) {
                for (int k = 1; k < members.size(); k++) {
                    out.add(key(members.get(k - 1), members.get(k)));
                }
            }
            return;
        }
        for (int x = 0; x < members.size(); x++) {
            for (int y = x + 1; y < members.size(); y++) {
                out.add(key(members.get(x), members.get(y)));
            }
        }
    }

    /** Two article indexes as one key, the smaller first. */
    static long key(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xFFFFFFFFL);
    }
}
