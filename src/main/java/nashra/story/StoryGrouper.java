package nashra.story;

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
 * common is not rare (see {@link CandidatePairs}).
 *
 * <p>Each candidate pair gets an event score in [0, 1] (see {@code Features.eventBase}: the word
 * overlap of copies, or mostly the cosine of the leads), less a penalty when the two name
 * different actors ({@link Actors}: two statements about one happening are two events).
 * Pairs at or above the threshold are taken strongest first, and the two clusters they fall in
 * join only when they agree as wholes (see {@link ClusterLinking}): one close pair never chains two
 * unrelated reports through a third. No story spans more days than two articles may lie apart.
 *
 * <p>Incidents: a second pass of the same agreement linking over the stories, on a looser score
 * (lead TF-IDF cosine or copied text, unless the two leads name different places, see
 * {@link Places}), groups the stories around one happening (the attack, the statements about it,
 * the funeral). An incident holds at least {@link #MIN_INCIDENT_STORIES} stories; below that, the
 * stories of one incident are those whose close score reaches {@link #CLOSE_THRESHOLD}
 * (a follow-up, a feature, an answer). Every story is in exactly one incident; most are incidents
 * of one story.
 */
public final class StoryGrouper {

    /**
     * Result of one grouping, with the work it took.
     *
     * @param merges links that joined two sets (a link inside a set, or one refused, is not counted)
     */
    public record Grouping(List<List<StoryArticle>> stories, List<List<Integer>> incidents, long candidatePairs,
            long merges) {

        /** The articles of each incident, for measuring. */
        public List<List<StoryArticle>> incidentArticles() {
            return incidents.stream()
                    .map(in -> in.stream().flatMap(k -> stories.get(k).stream()).toList())
                    .toList();
        }
    }

    public static final double DEFAULT_THRESHOLD = 0.475;
    public static final int DEFAULT_DAYS_APART = 1;

    private static final int HASHES = 128;
    private static final int SHINGLE = 3;
    private static final int COMMON_PHRASE_MIN = 20;
    /** Containment counts a little less than Jaccard: a short item inside a long round-up is weaker evidence than two equal copies. */
    private static final double CONTAINMENT_WEIGHT = 0.8;
    /** Shingles the shorter article needs before containment counts; a two-line brief is contained in too much. */
    private static final int MIN_CONTAINED = 30;
    private static final int SALIENT_BODY_TERMS = 25;
    /** Countries two leads must share, and the share of all they name, to count as the same parties' business. */
    private static final int MIN_PARTIES = 3;
    private static final double PARTIES_SHARE = 0.75;
    /** Event score of two leads about the same parties: above any threshold the tuning tries, and enough to agree. */
    private static final double PARTIES_SCORE = 0.6;
    /** Weight of the lead overlap in the pair score the grouper shipped with before issue 12 ({@link #score}). */
    private static final double LEAD_WEIGHT = 0.9;
    private static final int MIN_BODY_TF = 2;

    /** Least mean pair score between two clusters that join into one story; tuned on the dev evening. */
    public static final double DEFAULT_AGREEMENT = 0.12;
    /**
     * Share of each lead's (IDF-weighted) terms missing from the other article above which the
     * pair counts as two statements. Two outlets' reports of one event miss 0.15 to 0.35 of each
     * other's leads; the halves of the seed story (the same event, one led by the Russian
     * minister, one by the agency) 0.62 to 0.66; Sudan's and Libya's condemnations of one bombing
     * 0.8 to 0.9.
     */
    private static final double ACTOR_FLOOR = 0.7;
    /** What a pair loses when each names an actor the other never mentions: two statements are never one event. */
    private static final double ACTOR_CONFLICT = 1.0;
    /** How much a pair loses, at most, when each lead names what the other article never mentions (another actor). */
    public static final double DEFAULT_ACTOR_PENALTY = 0.2;
    /**
     * Weight of containment in the event score's text overlap: none. A statement quoted whole in a
     * round-up of reactions is contained in it, but the round-up is another event (on dev,
     * containment cost more false links than it found true ones); it still counts for incidents.
     */
    static final double DEFAULT_EVENT_CONTAINMENT = 0;
    /** Share of the lead cosine in the event score; the rest is the salient-term overlap. */
    public static final double DEFAULT_LEAD_WEIGHT = 0.5;
    /** Articles the IDF assumes beside the batch; see {@link #group}. */
    static final int IDF_PRIOR = 200;
    /** Share of the cross pairs between two stories' clusters that must share something (see {@link ClusterLinking}). */
    private static final double EVENT_SUPPORT_SHARE = 0.5;
    /** The same share for two incidents that join. */
    static final double DEFAULT_INCIDENT_SUPPORT = 0.5;
    /** What an incident pair loses when each lead names a place the other never mentions: two places, two happenings. */
    static final double DEFAULT_PLACE_PENALTY = 1.0;
    /** Least pair score that links two stories into one incident. */
    public static final double DEFAULT_INCIDENT_THRESHOLD = 0.05;
    /** Least mean pair score between two incidents that join. */
    public static final double DEFAULT_INCIDENT_AGREEMENT = 0.05;
    /**
     * Least anchors (see {@link Anchors}) two leads share to be of one incident. On dev, 4 to 6
     * score alike (incident pairwise F1 0.67 to 0.68); 7 splits the Super Cup.
     */
    public static final int DEFAULT_INCIDENT_ANCHORS = 5;
    /**
     * Least stories an incident holds; smaller groups are left as their stories. On dev, incidents
     * of two to four stories were almost all one topic's or one region's items (2 right pairs in
     * 32 across their stories), while those of six and more were all right (243 of 243): a
     * happening an analyst calls an incident (the attack, the claim, the condemnations, the
     * funeral) is told as many stories. Dev's incident F1 was 0.678 with no least, 0.699 at 5 and
     * 0.702 at 6 and 7; 5 keeps the Suez opening's five.
     */
    static final int MIN_INCIDENT_STORIES = 5;
    /**
     * Least close score (see {@code Features.closeScore}) that puts two stories in one incident of fewer than
     * {@link #MIN_INCIDENT_STORIES} (a death and the interview with the widower the next page
     * over; a meeting's joint statement and a minister's words at it). On dev's evenings without
     * a large happening, incident F1 was 0.41 with none (stories alone), 0.48 at 0.35 and 0.49 at
     * 0.30; dev as a whole scored alike from 0.30 to 0.45 (0.689 to 0.702). The event score itself
     * (with actors) scored the same, but split a condemnation from the others around its bombing.
     */
    static final double CLOSE_THRESHOLD = 0.3;
    private static final int INCIDENT_LEAD_SENTENCES = 2;

    /**
     * Every setting of the grouper, for tuning and measuring (the public constructors take the
     * defaults for all but the threshold and the day limit).
     *
     * @param threshold least event score that links two articles into one story
     * @param agreement least mean event score between two clusters that join
     * @param actorPenalty what a pair loses, at most, when each lead names what the other never mentions
     * @param leadWeight share of the lead cosine (against the salient-term overlap) in the event score
     * @param incidentThreshold least incident score that links two stories into one incident
     * @param incidentAgreement least mean incident score between two incidents that join
     * @param maxDaysApart articles further apart than this many days are never linked; negative for no limit
     * @param idfPrior articles the IDF assumes beside the batch (none of them carrying the term)
     * @param singleLink link as the grouper did before issue 12 (single links on its old pair score), to measure against
     * @param placePenalty what an incident pair loses when each names a place the other never mentions
     * @param containment weight of the containment of the shorter article in the longer in the event score's text overlap
     * @param incidentAnchors least anchors (see {@link Anchors}) two leads share for their stories to count as one incident
     */
    record Settings(double threshold, double agreement, double actorPenalty, double leadWeight,
            double incidentThreshold, double incidentAgreement, int maxDaysApart, int idfPrior, boolean singleLink,
            double containment, double incidentSupport, double placePenalty, int incidentAnchors) {

        static Settings defaults(double threshold, int maxDaysApart) {
            return new Settings(threshold, DEFAULT_AGREEMENT, DEFAULT_ACTOR_PENALTY, DEFAULT_LEAD_WEIGHT,
                    DEFAULT_INCIDENT_THRESHOLD, DEFAULT_INCIDENT_AGREEMENT, maxDaysApart, IDF_PRIOR, false,
                    DEFAULT_EVENT_CONTAINMENT, DEFAULT_INCIDENT_SUPPORT, DEFAULT_PLACE_PENALTY, DEFAULT_INCIDENT_ANCHORS);
        }

        /** The same settings with no day limit. */
        Settings withoutDayLimit() {
            return new Settings(threshold, agreement, actorPenalty, leadWeight, incidentThreshold, incidentAgreement, -1,
                    idfPrior, singleLink, containment, incidentSupport, placePenalty, incidentAnchors);
        }
    }

    private final Settings settings;
    private final MinHash minHash = new MinHash(HASHES, 20261121L);

    public StoryGrouper() {
        this(DEFAULT_THRESHOLD, DEFAULT_DAYS_APART);
    }

    /**
     * @param threshold the least event score that links two articles into one story; see
     *     {@link #eventScore}. Lower merges more. The default was tuned on the dev evenings of the
     *     labelled set (see StoryEvaluation).
     * @param maxDaysApart articles further apart than this many days are never linked; the default
     *     1 lets a story run over a night (evening and next-morning copies) but stops daily
     *     formula news (weather, congratulations) chaining from day to day; negative for no limit
     */
    public StoryGrouper(double threshold, int maxDaysApart) {
        this(Settings.defaults(threshold, maxDaysApart));
    }

    StoryGrouper(Settings settings) {
        this.settings = settings;
    }

    /** The same grouper with no limit on how many days apart two articles of one story may be (for earlier briefings). */
    StoryGrouper withoutDayLimit() {
        return new StoryGrouper(settings.withoutDayLimit());
    }

    /** Sees each grouping's features; for {@link #scores} only. */
    private java.util.function.Consumer<Features> observer;

    /**
     * Every pair's scores over a few articles, for measuring and explaining (quadratic: small
     * inputs only): [i][j] = {pair score, event score, other-actor share, incident score, text
     * overlap, salient overlap, lead overlap, lead cosine, 1 when the actors differ, Jaccard, 1 for one
     * outlet, shared anchors, 1 when the places differ, 1 for the same parties, 1 for parts of one report}.
     */
    double[][][] scores(List<StoryArticle> articles) {
        double[][][] out = new double[articles.size()][articles.size()][];
        observer = f -> {
            for (int i = 0; i < articles.size(); i++) {
                for (int j = 0; j < articles.size(); j++) {
                    out[i][j] = new double[] {f.score(i, j), f.eventScore(i, j), f.otherActors(i, j),
                            f.incidentScore(i, j), f.text(i, j), f.salient(i, j), f.lead(i, j), f.leadCosine(i, j),
                            f.differentActors(i, j) ? 1 : 0, f.jaccard(i, j), f.sameSource(i, j) ? 1 : 0,
                            f.sharedAnchors(i, j), f.differentPlaces(i, j) ? 1 : 0, f.sameParties(i, j) ? 1 : 0,
                            f.sameReport(i, j) ? 1 : 0};
                }
            }
        };
        try {
            group(articles);
        } finally {
            observer = null;
        }
        return out;
    }

    /** The grouper as shipped before incidents (single links), for the evaluation. */
    static StoryGrouper singleLink(double threshold, int maxDaysApart) {
        return new StoryGrouper(new Settings(threshold, 0, 0, 0, 0.1, 0.1, maxDaysApart, 0, true, CONTAINMENT_WEIGHT, 0.5, 0, 0));
    }

    /** Groups the articles; stories in the order of their first member, members in input order. */
    public Grouping group(List<StoryArticle> articles) {
        int n = articles.size();
        List<List<String>> titleTokens = new ArrayList<>(n);
        List<List<String>> bodyTokens = new ArrayList<>(n);
        long[][] signatures = new long[n][];
        Map<String, Integer> df = new HashMap<>();
        List<String> headlines = headlines(articles);
        for (int i = 0; i < n; i++) {
            StoryArticle a = articles.get(i);
            List<String> title = MatchText.tokens(headlines.get(i));
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
        // IDF as if the night had idfPrior more articles, none carrying the term: in a batch of
        // five reports of one event, the event's own names are in every article, and plain IDF
        // over the batch would weigh them as little as stop words.
        int idfN = n + settings.idfPrior();
        List<Map<String, Double>> salient = new ArrayList<>(n);
        List<Map<String, Double>> leads = new ArrayList<>(n);
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            long[] own = Arrays.stream(shingles[i]).filter(sh -> shingleDf.get(sh) <= commonPhrase).toArray();
            sizes[i] = own.length;
            signatures[i] = minHash.signature(own);
            salient.add(salientTerms(titleTokens.get(i), bodyTokens.get(i), df, idfN));
            leads.add(leadTerms(articles.get(i), titleTokens.get(i), df, idfN));
        }

        Map<String, Integer> tokenIds = tokenIds(df);
        int[][] vocab = vocabularies(titleTokens, bodyTokens, tokenIds);
        List<int[]> leadIds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            leadIds.add(leads.get(i).keySet().stream().mapToInt(tokenIds::get).sorted().toArray());
        }
        double[] idfs = tokenIdf(df, tokenIds, idfN);
        List<int[]> leadVectorIds = new ArrayList<>(n);
        List<double[]> leadVectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            leadVector(articles.get(i), titleTokens.get(i), tokenIds, idfs, leadVectorIds, leadVectors);
        }
        Features features = new Features(articles, signatures, sizes, salient, leads, vocab, leadIds, idfs,
                leadVectorIds, leadVectors, tokenIds, Anchors.of(leadVectorIds));
        if (observer != null) {
            observer.accept(features);
        }
        Set<Long> candidates = new HashSet<>();
        CandidatePairs.parts(features.reports, candidates);
        CandidatePairs.copies(signatures, candidates);
        CandidatePairs.titleTerms(titleTokens, df, candidates);
        CandidatePairs.rarePhrases(shingles, shingleDf, candidates);

        long[] days = articles.stream()
                .mapToLong(a -> a.published() == null ? UnionFind.NO_DAY : a.published().toEpochDay()).toArray();
        long[] sorted = candidates.stream().mapToLong(Long::longValue).sorted().toArray();
        ClusterLinking linking = new ClusterLinking(days, settings.maxDaysApart());
        ClusterLinking.Clusters events = settings.singleLink()
                ? linking.single(sorted, features::score, settings.threshold())
                : linking.byAgreement(sorted, features::eventScore, settings.threshold(), settings.agreement(),
                        EVENT_SUPPORT_SHARE, ClusterLinking.identity(n));

        // Incidents: the stories around one happening share its names and terms (the place, the
        // attack, the victims) without being one event. Candidates: the event candidates plus
        // articles sharing a salient term that few articles of the night carry.
        Set<Long> incidentCandidates = new HashSet<>(candidates);
        CandidatePairs.leadTerms(leadVectorIds, leadVectors, incidentCandidates);
        long[] incidentSorted = incidentCandidates.stream().mapToLong(Long::longValue).sorted().toArray();
        ClusterLinking.Clusters incidents = linking.byAgreement(incidentSorted, features::incidentScore,
                settings.incidentThreshold(), settings.incidentAgreement(), settings.incidentSupport(), events.root());

        Map<Integer, List<StoryArticle>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(events.root()[i], k -> new ArrayList<>()).add(articles.get(i));
        }
        // Below the least size, the stories of one incident are those close to one event: linked
        // as events are, a step looser (follow-ups, features and answers on one happening). The
        // anchors cannot see these: a happening told twice has no term pair in four leads.
        ClusterLinking.Clusters close = linking.byAgreement(sorted, features::closeScore, CLOSE_THRESHOLD,
                settings.agreement(), EVENT_SUPPORT_SHARE, events.root());
        int[] storyRoot = byRoot.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<List<Integer>> shown = shownIncidents(storyRoot, incidents.root(), close.root());
        return new Grouping(List.copyOf(byRoot.values()), shown, candidates.size(),
                events.merges());
    }

    /**
     * The incidents a briefing shows, as story indexes (stories numbered by their root's order,
     * {@code storyRoot}): those the anchored pass found with at least {@link #MIN_INCIDENT_STORIES}
     * stories; the stories of smaller ones grouped by closeness instead. Stories are taken in
     * order, so each list is ascending and the lists come in the order of their first story.
     */
    private static List<List<Integer>> shownIncidents(int[] storyRoot, int[] incidentRoot, int[] closeRoot) {
        Map<Integer, Integer> storiesOf = new HashMap<>();
        for (int root : storyRoot) {
            storiesOf.merge(incidentRoot[root], 1, Integer::sum);
        }
        // Keys: an anchored incident's root (an article index), or -1 - the closeness cluster's root.
        Map<Integer, List<Integer>> shown = new LinkedHashMap<>();
        for (int story = 0; story < storyRoot.length; story++) {
            int incident = incidentRoot[storyRoot[story]];
            int key = storiesOf.get(incident) >= MIN_INCIDENT_STORIES ? incident : -1 - closeRoot[storyRoot[story]];
            shown.computeIfAbsent(key, k -> new ArrayList<>()).add(story);
        }
        return List.copyOf(shown.values());
    }

    /** What the grouper knows of each article, computed once per grouping, and the pair score from it. */
    private final class Features {
        private final List<StoryArticle> articles;
        private final long[][] signatures;
        private final int[] sizes;
        private final List<Map<String, Double>> salient;
        private final List<Map<String, Double>> leads;
        private final int[][] vocab;
        private final List<int[]> leadIds;
        private final double[] idf;
        private final List<int[]> leadVectorIds;
        private final List<double[]> leadVectors;
        private final int[][] actors;
        /** Each article's places, each as the ids of every name of it (مسقط, عمان, عماني). */
        private final int[][][] places;
        /** The countries each title and lead name, by name or adjective (see {@link Places#parties}). */
        private final int[][] parties;
        /** The countries among each article's actors (the speaker is a country: "الكويت ترحب"). */
        private final int[][] speakers;
        /** Each article's report (see {@link ReportParts}), or null. */
        private final String[] reports;
        private final Anchors anchors;

        Features(List<StoryArticle> articles, long[][] signatures, int[] sizes, List<Map<String, Double>> salient,
                List<Map<String, Double>> leads, int[][] vocab, List<int[]> leadIds, double[] idf,
                List<int[]> leadVectorIds, List<double[]> leadVectors, Map<String, Integer> tokenIdsOf,
                Anchors anchors) {
            this.anchors = anchors;
            this.leadVectorIds = leadVectorIds;
            this.leadVectors = leadVectors;
            this.actors = new int[articles.size()][];
            this.places = new int[articles.size()][][];
            this.parties = new int[articles.size()][];
            this.speakers = new int[articles.size()][];
            this.reports = new String[articles.size()];
            for (int i = 0; i < articles.size(); i++) {
                StoryArticle a = articles.get(i);
                String lead = a.sentencesAr().isEmpty() ? "" : a.sentencesAr().get(0);
                List<String> named = Actors.of(a.titleAr(), lead);
                parties[i] = Places.parties(a.titleAr(), lead).stream().mapToInt(Integer::intValue).toArray();
                reports[i] = ReportParts.key(a.source(), a.titleAr());
                speakers[i] = named.stream().map(Places::placeOf).filter(java.util.Objects::nonNull)
                        .mapToInt(Integer::intValue).distinct().toArray();
                actors[i] = named.stream().filter(tokenIdsOf::containsKey).mapToInt(tokenIdsOf::get).distinct().toArray();
                places[i] = Places.of(a.titleAr(), lead).stream()
                        .map(names -> names.stream().filter(tokenIdsOf::containsKey).mapToInt(tokenIdsOf::get).toArray())
                        .filter(variants -> variants.length > 0).toArray(int[][]::new);
            }
            this.articles = articles;
            this.signatures = signatures;
            this.sizes = sizes;
            this.salient = salient;
            this.leads = leads;
            this.vocab = vocab;
            this.leadIds = leadIds;
            this.idf = idf;
        }

        double score(int i, int j) {
            return StoryGrouper.score(text(i, j), salient(i, j), lead(i, j),
                    cosine(articles.get(i).vector(), articles.get(j).vector()));
        }

        boolean sameSource(int i, int j) {
            return java.util.Objects.equals(articles.get(i).source(), articles.get(j).source());
        }

        int sharedAnchors(int i, int j) {
            return anchors.shared(leadVectorIds.get(i), leadVectorIds.get(j));
        }

        boolean sameReport(int i, int j) {
            return reports[i] != null && reports[i].equals(reports[j]);
        }

        double jaccard(int i, int j) {
            return MinHash.jaccard(signatures[i], signatures[j]);
        }

        double text(int i, int j) {
            return textOverlap(signatures[i], signatures[j], sizes[i], sizes[j]);
        }

        double salient(int i, int j) {
            return weightedOverlap(salient.get(i), salient.get(j));
        }

        double lead(int i, int j) {
            return weightedOverlap(leads.get(i), leads.get(j));
        }

        /**
         * Same event: the pair score, less a penalty when each lead names what the other article
         * never mentions anywhere. Two outlets' reports of one statement name the same speaker;
         * Sudan's and Libya's condemnations of one bombing share all their other words, but
         * "Sudan" is nowhere in the Libyan one and "Libya" nowhere in the Sudanese one. Likewise
         * when each lead names a place the other never mentions.
         */
        double eventScore(int i, int j) {
            if (sameReport(i, j)) {
                return 1; // two parts of one wire report
            }
            double base = eventBase(i, j);
            if (differentPlaces(i, j)) {
                // One formula in two provinces ("the emir of Jazan opens the summer festival", and
                // of Najran) is two happenings however alike the words. No labelled pair had it.
                base -= settings.placePenalty();
            }
            double floor = sameParties(i, j) ? PARTIES_SCORE : Double.NEGATIVE_INFINITY;
            double actorPenalty = settings.actorPenalty();
            if (actorPenalty > 0 && differentActors(i, j)) {
                return Math.max(floor, base - ACTOR_CONFLICT);
            }
            double other = otherActors(i, j);
            return Math.max(floor, other <= ACTOR_FLOOR ? base : base - actorPenalty * (other - ACTOR_FLOOR) / (1 - ACTOR_FLOOR));
        }

        /**
         * Both leads are about the same parties: at least {@link #MIN_PARTIES} countries named in
         * each, nearly all shared. Two governments' business over a third place (Moscow and
         * Washington preparing a joint operation in Aleppo) is told by each side and by leaks in
         * different words, so the lead cosine misses it; the parties do not change. Statements by
         * third parties name other countries, or are spoken by a country that is not a party.
         */
        boolean sameParties(int i, int j) {
            int[] a = parties[i];
            int[] b = parties[j];
            if (a.length < MIN_PARTIES || b.length < MIN_PARTIES) {
                return false;
            }
            int common = 0;
            for (int x : a) {
                if (Arrays.binarySearch(b, x) >= 0) {
                    common++;
                }
            }
            return common >= MIN_PARTIES && common >= PARTIES_SHARE * (a.length + b.length - common)
                    && partiesOf(speakers[i], b) && partiesOf(speakers[j], a);
        }

        /** Every speaking country is one of the parties (a third country's welcome is its own statement). */
        private boolean partiesOf(int[] speakers, int[] parties) {
            for (int s : speakers) {
                if (Arrays.binarySearch(parties, s) < 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Same event, before actors: the larger of the text overlap (copies) and a blend of the
         * lead cosine (title and first sentences: who did what, where) with the salient-term
         * overlap (the names the whole article repeats), scaled by the embedding cosine when there
         * is one. The lead carries most: two reports of one topic (two labour inspections, two
         * executions in one province) share their salient vocabulary but not their leads' rare terms.
         */
        double eventBase(int i, int j) {
            double blend = settings.leadWeight() * leadCosine(i, j) + (1 - settings.leadWeight()) * salient(i, j);
            double cosine = cosine(articles.get(i).vector(), articles.get(j).vector());
            if (!Double.isNaN(cosine)) {
                double c = Math.max(0, Math.min(1, (cosine - 0.2) / 0.8));
                blend *= 0.75 + 0.5 * c;
            }
            return Math.max(textOverlap(signatures[i], signatures[j], sizes[i], sizes[j], settings.containment()), blend);
        }

        /**
         * Same incident, for stories too few for anchors: the event score before actors (Kuwait's
         * and Jordan's condemnations of one bombing are close, though two statements), less the
         * place penalty (the same formula in two provinces is two happenings).
         */
        double closeScore(int i, int j) {
            if (sameReport(i, j)) {
                return 1;
            }
            double s = eventBase(i, j);
            return differentPlaces(i, j) ? s - settings.placePenalty() : s;
        }

        /** Both leads name a place (see {@link Places}) that the other article never mentions. */
        boolean differentPlaces(int i, int j) {
            return places[i].length > 0 && places[j].length > 0 && missingPlaces(places[i], vocab[j])
                    && missingPlaces(places[j], vocab[i]);
        }

        /** None of the places is in the other article, by any of its names ("Omani" and "Muscat" name Oman). */
        private boolean missingPlaces(int[][] named, int[] other) {
            for (int[] place : named) {
                if (!missing(place, other)) {
                    return false;
                }
            }
            return true;
        }

        /** Both articles name an actor (see {@link Actors}) that the other never mentions. */
        boolean differentActors(int i, int j) {
            return actors[i].length > 0 && actors[j].length > 0 && missing(actors[i], vocab[j])
                    && missing(actors[j], vocab[i]);
        }

        private boolean missing(int[] actor, int[] other) {
            for (int t : actor) {
                if (Arrays.binarySearch(other, t) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Same incident: the event score, or the overlap of the leads (the place, the attack, the
         * victims), which the statements and aftermath of one happening share; but nothing when
         * the two leads share fewer than {@code incidentAnchors} of the night's anchors (see
         * {@link Anchors}). Two items of one topic or region (a university's news, two market
         * closes, a province's summer events) overlap as much as a condemnation and the bombing
         * do; what they lack is the happening's own pairs of names. Nothing rather than a penalty:
         * in the agreement of two incidents, a pair without anchors counts as sharing nothing,
         * and does not outweigh the pairs that do.
         */
        double incidentScore(int i, int j) {
            double s = Math.max(Math.max(text(i, j), eventBase(i, j)), leadCosine(i, j));
            if (anchors.shared(leadVectorIds.get(i), leadVectorIds.get(j)) < settings.incidentAnchors()) {
                s = Math.min(s, 0);
            }
            return differentPlaces(i, j) ? s - settings.placePenalty() : s;
        }

        /** Cosine of the TF-IDF vectors of the title and first sentences. */
        double leadCosine(int i, int j) {
            int[] a = leadVectorIds.get(i);
            int[] b = leadVectorIds.get(j);
            double[] wa = leadVectors.get(i);
            double[] wb = leadVectors.get(j);
            double dot = 0;
            for (int x = 0, y = 0; x < a.length && y < b.length;) {
                if (a[x] == b[y]) {
                    dot += wa[x++] * wb[y++];
                } else if (a[x] < b[y]) {
                    x++;
                } else {
                    y++;
                }
            }
            return dot;
        }

        /** The smaller of the two IDF-weighted shares of a lead's terms missing from the other article. */
        double otherActors(int i, int j) {
            return Math.min(missingShare(leadIds.get(i), vocab[j]), missingShare(leadIds.get(j), vocab[i]));
        }

        private double missingShare(int[] lead, int[] other) {
            double all = 0;
            double missing = 0;
            for (int t : lead) {
                all += idf[t];
                if (Arrays.binarySearch(other, t) < 0) {
                    missing += idf[t];
                }
            }
            return all == 0 ? 0 : missing / all;
        }
    }

    /** Each article's distinct tokens (title and body) as sorted token ids. */
    private static int[][] vocabularies(List<List<String>> titles, List<List<String>> bodies,
            Map<String, Integer> ids) {
        int[][] out = new int[titles.size()][];
        for (int i = 0; i < out.length; i++) {
            Set<String> all = new HashSet<>(titles.get(i));
            all.addAll(bodies.get(i));
            out[i] = all.stream().mapToInt(ids::get).sorted().toArray();
        }
        return out;
    }

    /** A stable id for every token of the night (sorted order, so the same input gives the same ids). */
    private static Map<String, Integer> tokenIds(Map<String, Integer> df) {
        Map<String, Integer> ids = new HashMap<>();
        df.keySet().stream().sorted().forEach(t -> ids.put(t, ids.size()));
        return ids;
    }

    private static double[] tokenIdf(Map<String, Integer> df, Map<String, Integer> ids, int n) {
        double[] out = new double[ids.size()];
        ids.forEach((t, id) -> out[id] = idf(df.get(t), n));
        return out;
    }

    /**
     * The unit TF-IDF vector of an article's title and first {@link #INCIDENT_LEAD_SENTENCES}
     * sentences, as token ids in ascending order and their weights.
     */
    private static void leadVector(StoryArticle a, List<String> title, Map<String, Integer> ids, double[] idf,
            List<int[]> outIds, List<double[]> outWeights) {
        Map<Integer, Integer> tf = new java.util.TreeMap<>();
        title.forEach(t -> tf.merge(ids.get(t), 1, Integer::sum));
        for (int s = 0; s < Math.min(INCIDENT_LEAD_SENTENCES, a.sentencesAr().size()); s++) {
            for (String t : MatchText.tokens(a.sentencesAr().get(s))) {
                Integer id = ids.get(t);
                if (id != null) {
                    tf.merge(id, 1, Integer::sum);
                }
            }
        }
        int[] keys = tf.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] w = new double[keys.length];
        double norm = 0;
        for (int k = 0; k < keys.length; k++) {
            w[k] = tf.get(keys[k]) * idf[keys[k]];
            norm += w[k] * w[k];
        }
        double length = Math.sqrt(norm);
        for (int k = 0; k < keys.length; k++) {
            w[k] = length == 0 ? 0 : w[k] / length;
        }
        outIds.add(keys);
        outWeights.add(w);
    }


    /**
     * The pair score the grouper shipped with before issue 12, kept for the single-link baseline
     * of the evaluation (the grouper itself links on {@code Features.eventScore}).
     *
     * <p>Pair score: max(text overlap, lead overlap, blend). Verbatim copy scores high on Jaccard
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
        return textOverlap(a, b, sizeA, sizeB, CONTAINMENT_WEIGHT);
    }

    static double textOverlap(long[] a, long[] b, int sizeA, int sizeB, double containmentWeight) {
        double j = MinHash.jaccard(a, b);
        int small = Math.min(sizeA, sizeB);
        if (containmentWeight == 0 || small < MIN_CONTAINED || j == 0) {
            return j;
        }
        double shared = j * (sizeA + sizeB) / (1 + j);
        double containment = Math.min(1, shared / small);
        return Math.max(j, containmentWeight * containment);
    }

    /**
     * What may be a wire's desk label before the headline ("اقتصادي / ", "عام / "): one or two
     * words and a slash.
     */
    private static final java.util.regex.Pattern DESK_LABEL = java.util.regex.Pattern.compile("^\\s*(\\S+(?:\\s\\S+)?)\\s*/\\s*(?=\\S)");
    /** Titles of one outlet a label must begin in one night to count as its desk label, not a headline's own words. */
    private static final int DESK_LABEL_TITLES = 3;

    /**
     * Each article's headline for matching: the title, less its outlet's desk label, or the first
     * sentence when a scraper found no title (a lead names the event as a title does). A desk label is the agency's filing, not the story; left
     * in, the desk names of one agency's dozens of items a night pair with their formula words into
     * anchors, and its market closes or protocol items join as one incident. What counts as a label
     * is what begins at least {@link #DESK_LABEL_TITLES} of one outlet's titles, so a headline that
     * opens "كيري / لافروف:" keeps its names.
     */
    static List<String> headlines(List<StoryArticle> articles) {
        String[] labels = new String[articles.size()];
        Map<String, Integer> titles = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            String label = deskLabel(articles.get(i));
            if (label != null) {
                labels[i] = articles.get(i).source() + "\t" + label;
                titles.merge(labels[i], 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(articles.size());
        for (int i = 0; i < labels.length; i++) {
            StoryArticle a = articles.get(i);
            if (a.titleAr() == null || a.titleAr().isBlank()) {
                out.add(a.sentencesAr().isEmpty() ? "" : a.sentencesAr().get(0));
                continue;
            }
            boolean desk = labels[i] != null && titles.get(labels[i]) >= DESK_LABEL_TITLES;
            out.add(desk ? DESK_LABEL.matcher(a.titleAr()).replaceFirst("") : a.titleAr());
        }
        return out;
    }

    private static String deskLabel(StoryArticle a) {
        if (a.titleAr() == null) {
            return null;
        }
        java.util.regex.Matcher m = DESK_LABEL.matcher(a.titleAr());
        return m.find() ? MatchText.fold(m.group(1)) : null;
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


}
