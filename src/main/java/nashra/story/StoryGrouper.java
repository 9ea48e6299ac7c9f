package nashra.story;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into stories (one event each) from their Arabic text, helped by English
 * embeddings when the articles carry them.
 *
 * <p>Never compares all pairs. Candidate pairs come from three sources, each near-linear in the
 * number of articles: LSH banding of MinHash signatures over word 3-gram shingles (verbatim or
 * lightly edited wire copy), an inverted index of rare title terms (rewritten copy that still
 * names the same people and places), and rare shared phrases (a quotation or paragraph copied
 * into an otherwise new article). Posting lists and LSH buckets larger than a cap are not
 * expanded into all their pairs; an LSH bucket that large is chained (each member to the next),
 * which keeps a flood of identical copies connected without quadratic work, and a title term that
 * common is not rare.
 *
 * <p>Each candidate pair gets a score in [0, 1] (see {@link #score}); pairs at or above the
 * threshold are linked, strongest first, and the connected components are the stories, except
 * that no story may span more days than two articles may lie apart.
 */
public final class StoryGrouper {

    /**
     * Result of one grouping, with the work it took.
     *
     * @param merges links that joined two sets (a link inside a set, or one refused, is not counted)
     */
    public record Grouping(List<List<StoryArticle>> stories, long candidatePairs, long merges) {
    }

    public static final double DEFAULT_THRESHOLD = 0.3;
    public static final int DEFAULT_DAYS_APART = 1;

    private static final int HASHES = 128;
    private static final int BANDS = 32;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 3;
    private static final int BUCKET_CAP = 40;
    private static final int POSTING_CAP = 25;
    private static final int COMMON_PHRASE_MIN = 20;
    /** Containment counts a little less than Jaccard: a short item inside a long round-up is weaker evidence than two equal copies. */
    private static final double CONTAINMENT_WEIGHT = 0.8;
    /** Shingles the shorter article needs before containment counts; a two-line brief is contained in too much. */
    private static final int MIN_CONTAINED = 30;
    private static final int SALIENT_BODY_TERMS = 25;
    private static final int RARE_PHRASE_MAX_DF = 5;
    /**
     * Least mean pair score between two multi-article sets that join. The two halves of the seed
     * story (Interfax and Shoigu reports) average 0.167; a chain of royal protocol items, under 0.1.
     */
    private static final double MIN_MERGE_MEAN = 0.12;
    private static final int MERGE_SAMPLE = 8;
    private static final int RARE_PHRASES_SHARED = 8;
    /** Lead overlap needed to link alone is threshold / LEAD_WEIGHT: 0.33 at the default threshold. */
    private static final double LEAD_WEIGHT = 0.9;
    private static final int MIN_BODY_TF = 2;

    private final double threshold;
    private final int maxDaysApart;
    private final MinHash minHash = new MinHash(HASHES, 20261121L);

    public StoryGrouper() {
        this(DEFAULT_THRESHOLD, DEFAULT_DAYS_APART);
    }

    /**
     * @param threshold the least pair score that links two articles into one story; see
     *     {@link #score}. 0.3 means roughly "a third of the wording is shared, or the leads name
     *     mostly the same people, places and acts". Lower merges more. 0.3 was chosen on the
     *     stories-ar evaluation and the seeds (see StoryEvaluation): 0.3 to 0.4 give about the same
     *     F1 on stories-ar, and above 0.3 the five rewritten seed reports of one event split.
     * @param maxDaysApart articles further apart than this many days are never linked; the default
     *     1 lets a story run over a night (evening and next-morning copies) but stops daily
     *     formula news (weather, congratulations) chaining from day to day; negative for no limit
     */
    public StoryGrouper(double threshold, int maxDaysApart) {
        this.threshold = threshold;
        this.maxDaysApart = maxDaysApart;
    }

    /** Groups the articles; stories in the order of their first member, members in input order. */
    public Grouping group(List<StoryArticle> articles) {
        int n = articles.size();
        List<List<String>> titleTokens = new ArrayList<>(n);
        List<List<String>> bodyTokens = new ArrayList<>(n);
        long[][] signatures = new long[n][];
        Map<String, Integer> df = new HashMap<>();
        for (StoryArticle a : articles) {
            List<String> title = MatchText.tokens(titleOf(a));
            List<String> body = MatchText.tokens(String.join(" ", a.sentencesAr()));
            titleTokens.add(title);
            bodyTokens.add(body);
            Set<String> seen = new HashSet<>(title);
            seen.addAll(body);
            for (String t : seen) {
                df.merge(t, 1, Integer::sum);
            }
        }
        long[][] shingles = new long[n][];
        Map<Long, Integer> shingleDf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> all = new ArrayList<>(titleTokens.get(i));
            all.addAll(bodyTokens.get(i));
            shingles[i] = Arrays.stream(MinHash.shingles(all, SHINGLE)).distinct().toArray();
            for (long sh : shingles[i]) {
                shingleDf.merge(sh, 1, Integer::sum);
            }
        }
        // Phrases in many articles are house style or protocol formulae (royal titles, "the
        // agency reported"), not the event: matching on them chains unrelated stories together.
        int commonPhrase = Math.max(COMMON_PHRASE_MIN, n / 100);
        List<Map<String, Double>> salient = new ArrayList<>(n);
        List<Map<String, Double>> leads = new ArrayList<>(n);
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            long[] own = Arrays.stream(shingles[i]).filter(sh -> shingleDf.get(sh) <= commonPhrase).toArray();
            sizes[i] = own.length;
            signatures[i] = minHash.signature(own);
            salient.add(salientTerms(titleTokens.get(i), bodyTokens.get(i), df, n));
            leads.add(leadTerms(articles.get(i), titleTokens.get(i), df, n));
        }

        Features features = new Features(articles, signatures, sizes, salient, leads);
        Set<Long> candidates = new HashSet<>();
        lshCandidates(signatures, candidates);
        titleCandidates(titleTokens, df, candidates);
        rarePhraseCandidates(shingles, shingleDf, candidates);

        // Strongest links first, and no story may span more days than two of its articles may lie
        // apart: single links otherwise chain daily formula news (weather, congratulations) into
        // one story over a week, each day's copy close to the next.
        List<double[]> links = new ArrayList<>();
        long[] sorted = candidates.stream().mapToLong(Long::longValue).sorted().toArray();
        for (long pair : sorted) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (tooFarApart(articles.get(i), articles.get(j))) {
                continue;
            }
            double s = features.score(i, j);
            if (s >= threshold) {
                links.add(new double[] {s, i, j});
            }
        }
        links.sort((x, y) -> Double.compare(y[0], x[0]));
        long[] days = articles.stream()
                .mapToLong(a -> a.published() == null ? UnionFind.NO_DAY : a.published().toEpochDay()).toArray();
        UnionFind sets = new UnionFind(days);
        long merges = 0;
        // Members of each set, by root, for the check below.
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            members.put(i, new ArrayList<>(List.of(i)));
        }
        for (double[] link : links) {
            int a = (int) link[1];
            int b = (int) link[2];
            int ra = sets.find(a);
            int rb = sets.find(b);
            if (ra == rb || !belongTogether(members.get(ra), members.get(rb), features)) {
                continue;
            }
            if (sets.union(a, b, maxDaysApart)) {
                int root = sets.find(a);
                members.get(root).addAll(members.remove(root == ra ? rb : ra));
                merges++;
            }
        }
        Map<Integer, List<StoryArticle>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(articles.get(i));
        }
        return new Grouping(List.copyOf(byRoot.values()), candidates.size(), merges);
    }

    /** What the grouper knows of each article, computed once per grouping, and the pair score from it. */
    private record Features(List<StoryArticle> articles, long[][] signatures, int[] sizes,
            List<Map<String, Double>> salient, List<Map<String, Double>> leads) {

        double score(int i, int j) {
            return StoryGrouper.score(textOverlap(signatures[i], signatures[j], sizes[i], sizes[j]),
                    weightedOverlap(salient.get(i), salient.get(j)), weightedOverlap(leads.get(i), leads.get(j)),
                    cosine(articles.get(i).vector(), articles.get(j).vector()));
        }
    }

    /**
     * Whether two sets may join. A single article always may: its link is the evidence. Two sets
     * of several articles each must also be alike as wholes: the mean pair score between them
     * (over at most {@link #MERGE_SAMPLE} members of each) must reach {@link #MIN_MERGE_MEAN}.
     * Single links otherwise chain a night's protocol news (royal cables, agency datelines) into
     * one story, each item close to the next and the ends unrelated.
     */
    private static boolean belongTogether(List<Integer> x, List<Integer> y, Features features) {
        if (x.size() == 1 || y.size() == 1) {
            return true;
        }
        double sum = 0;
        int count = 0;
        for (int i : x.subList(0, Math.min(MERGE_SAMPLE, x.size()))) {
            for (int j : y.subList(0, Math.min(MERGE_SAMPLE, y.size()))) {
                sum += features.score(i, j);
                count++;
            }
        }
        return sum / count >= MIN_MERGE_MEAN;
    }

    /**
     * Pair score: max(text overlap, lead overlap, blend). Verbatim copy scores high on Jaccard
     * alone. A rewrite keeps the event in its title and first sentence (who, what, where) while
     * the wording of the rest changes, so the leads' term overlap counts on its own, a little
     * discounted because formula news (weather, royal congratulations) also shares its leads.
     * The blend weighs the salient-term overlap most.
     *
     * <p>The embedding cosine (of the English; for unrelated news rarely below 0.2) only scales
     * the blend, from 0.75 times for unrelated meanings to 1.25 times for the same meaning: it can
     * tip a pair whose Arabic already has much in common, never link one that has nothing. A weak
     * translation model gives every article the same bland English, and an additive cosine would
     * then link everything to everything.
     *
     * @param lead IDF-weighted overlap of the title and first-sentence terms
     * @param cosine cosine of the embeddings, NaN when either is missing
     */
    static double score(double jaccard, double salient, double lead, double cosine) {
        double blend = 0.3 * jaccard + 0.7 * salient;
        if (!Double.isNaN(cosine)) {
            double c = Math.max(0, Math.min(1, (cosine - 0.2) / 0.8));
            blend *= 0.75 + 0.5 * c;
        }
        return Math.max(Math.max(jaccard, LEAD_WEIGHT * lead), blend);
    }

    /**
     * Text overlap of two articles from their signatures: the Jaccard estimate, raised towards the
     * containment of the shorter in the longer when the shorter one is at least a few sentences
     * long. Outlets copy whole paragraphs of a wire story into reports of their own, which keeps
     * Jaccard low although the copied paragraph is plain evidence of one event.
     */
    static double textOverlap(long[] a, long[] b, int sizeA, int sizeB) {
        double j = MinHash.jaccard(a, b);
        int small = Math.min(sizeA, sizeB);
        if (CONTAINMENT_WEIGHT == 0 || small < MIN_CONTAINED || j == 0) {
            return j;
        }
        double shared = j * (sizeA + sizeB) / (1 + j);
        double containment = Math.min(1, shared / small);
        return Math.max(j, CONTAINMENT_WEIGHT * containment);
    }

    /** The title, or the first sentence when a scraper found none: a lead names the event as a title does. */
    private static String titleOf(StoryArticle a) {
        if (a.titleAr() != null && !a.titleAr().isBlank()) {
            return a.titleAr();
        }
        return a.sentencesAr().isEmpty() ? "" : a.sentencesAr().get(0);
    }

    private boolean tooFarApart(StoryArticle a, StoryArticle b) {
        if (maxDaysApart < 0 || a.published() == null || b.published() == null) {
            return false;
        }
        return Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) > maxDaysApart;
    }

    /**
     * Title terms (twice their IDF: a title names the event) and the body terms that recur (at
     * least twice: an article repeats the names it is about) with the highest tf-idf, each
     * weighted by its IDF over the batch, so names of people and places rare in the batch weigh most.
     */
    private static Map<String, Double> salientTerms(List<String> title, List<String> body, Map<String, Integer> df,
            int n) {
        Map<String, Double> out = new HashMap<>();
        for (String t : title) {
            if (t.length() > 1) {
                out.put(t, 2 * idf(df.get(t), n));
            }
        }
        Map<String, Integer> tf = new HashMap<>();
        for (String t : body) {
            if (t.length() > 2) {
                tf.merge(t, 1, Integer::sum);
            }
        }
        tf.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_BODY_TF)
                .sorted((x, y) -> {
                    int c = Double.compare(y.getValue() * idf(df.get(y.getKey()), n),
                            x.getValue() * idf(df.get(x.getKey()), n));
                    return c != 0 ? c : x.getKey().compareTo(y.getKey());
                })
                .limit(SALIENT_BODY_TERMS)
                .forEach(e -> out.putIfAbsent(e.getKey(), idf(df.get(e.getKey()), n)));
        return out;
    }

    /**
     * The terms of the title and the first sentence (the lead names the event: who, what, where),
     * weighted by IDF. An article without a title already uses its first sentence as one.
     */
    private static Map<String, Double> leadTerms(StoryArticle a, List<String> title, Map<String, Integer> df, int n) {
        List<String> terms = new ArrayList<>(title);
        if (a.titleAr() != null && !a.titleAr().isBlank() && !a.sentencesAr().isEmpty()) {
            terms.addAll(MatchText.tokens(a.sentencesAr().get(0)));
        }
        Map<String, Double> out = new HashMap<>();
        for (String t : terms) {
            if (t.length() > 1) {
                out.put(t, idf(df.getOrDefault(t, 1), n));
            }
        }
        return out;
    }

    private static double idf(int df, int n) {
        return Math.log(1.0 + (double) n / df);
    }

    /** IDF-weighted overlap coefficient: shared weight over the lighter set's weight, so a short rewrite is not penalised for what a long one adds. */
    static double weightedOverlap(Map<String, Double> a, Map<String, Double> b) {
        double shared = 0;
        double union = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            union += e.getValue();
            if (b.containsKey(e.getKey())) {
                shared += e.getValue();
            }
        }
        double other = 0;
        for (double w : b.values()) {
            other += w;
        }
        double smaller = Math.min(union, other);
        return smaller == 0 ? 0 : shared / smaller;
    }

    static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return Double.NaN;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? Double.NaN : dot / Math.sqrt(na * nb);
    }

    private static void lshCandidates(long[][] signatures, Set<Long> out) {
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < signatures.length; i++) {
                long[] sig = signatures[i];
                if (sig[0] == Long.MAX_VALUE) {
                    continue; // no text, nothing to match on
                }
                long key = band;
                for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
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
    private static void rarePhraseCandidates(long[][] shingles, Map<Long, Integer> shingleDf, Set<Long> out) {
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
                    shared.merge(pairKey(p.get(x), p.get(y)), 1, Integer::sum);
                }
            }
        }
        shared.forEach((pair, count) -> {
            if (count >= RARE_PHRASES_SHARED) {
                out.add(pair);
            }
        });
    }

    private static void titleCandidates(List<List<String>> titles, Map<String, Integer> df, Set<Long> out) {
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
                    out.add(pairKey(members.get(k - 1), members.get(k)));
                }
            }
            return;
        }
        for (int x = 0; x < members.size(); x++) {
            for (int y = x + 1; y < members.size(); y++) {
                out.add(pairKey(members.get(x), members.get(y)));
            }
        }
    }

    private static long pairKey(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xFFFFFFFFL);
    }

}
