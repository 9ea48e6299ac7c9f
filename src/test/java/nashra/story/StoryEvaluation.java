package nashra.story;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nashra.article.Article;
import nashra.article.ArticleSource;
import nashra.article.ReadResult;
import nashra.text.Sentence;
import nashra.text.TextPipeline;

/**
 * Measures {@link StoryGrouper} on the shared evaluation data (never copied into the repository).
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nashra.story.StoryEvaluation \
 *     [-Dexec.args="../shared 0.25"]
 * </pre>
 *
 * Arguments: the shared folder (default /work/shared) and thresholds to try (default the grouper's).
 * With the environment variable STORY_FP set, every pair counted false is printed with both titles.
 *
 * <ol>
 *   <li>stories-ar: the 50 gold clusters mixed with every news-raw article of the same dates
 *       (so that false merges can happen). Pairwise precision counts every linked pair with at
 *       least one gold article (a gold article linked to a news-raw one counts as false, although
 *       some may be true copies the gold set missed); links between two news-raw articles are not
 *       judged and are reported as a count.</li>
 *   <li>seeds: whether the five articles form one story, alone and among all news-raw articles
 *       (where unrelated articles could join them or pull them apart).</li>
 *   <li>time for 1,000 and 10,000 articles: news-raw and stories-ar articles, repeated with
 *       perturbations (each repeat drops one sentence at random and replaces about one word in
 *       twenty with a word from another article) under new ids.</li>
 * </ol>
 */
public final class StoryEvaluation {

    private static final TextPipeline PIPELINE = new TextPipeline();

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "/work/shared");
        List<Double> thresholds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            thresholds.add(Double.parseDouble(args[i]));
        }
        if (thresholds.isEmpty()) {
            thresholds.add(StoryGrouper.DEFAULT_THRESHOLD);
        }
        Path eval = shared.resolve("eval");
        if (System.getenv("STORY_TIME_ONLY") == null) {
            labelled(eval, System.getenv("STORY_TUNE") != null);
        }
        if (System.getenv("STORY_LABELS_ONLY") != null) {
            return;
        }

        Map<String, String> gold = new HashMap<>();
        List<StoryArticle> mixture = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        for (String[] row : tsv(eval.resolve("stories-ar/clusters.tsv"))) {
            // cluster_id article_id source date_extracted url title
            gold.put(row[1], row[0]);
            LocalDate date = LocalDate.parse(row[3].substring(0, 10));
            dates.add(date);
            mixture.add(article(row[1], row[5], eval.resolve("stories-ar").resolve(row[0]).resolve(row[1] + ".txt"),
                    date, row[2]));
        }
        List<StoryArticle> raw = new ArrayList<>();
        for (String[] row : tsv(eval.resolve("news-raw/index.tsv"))) {
            // id folder source date_extracted url title
            if (!row[1].equals("articles")) {
                continue;
            }
            LocalDate date = LocalDate.parse(row[3].substring(0, 10));
            StoryArticle a = article(row[0], row[5], eval.resolve("news-raw/articles").resolve(row[0] + ".txt"), date,
                    row[2]);
            raw.add(a);
            if (dates.contains(date) && !gold.containsKey(row[0])) {
                mixture.add(a);
            }
        }
        if (System.getenv("STORY_TIME_ONLY") != null) {
            timing(raw, mixture.subList(0, gold.size()));
            return;
        }
        if (System.getenv("STORY_SEEDS_ONLY") != null) {
            seeds(shared, thresholds, raw);
            return;
        }
        System.out.printf("stories-ar: %d gold articles in %d clusters, mixed with %d news-raw articles of the same %d dates%n",
                gold.size(), new HashSet<>(gold.values()).size(), mixture.size() - gold.size(), dates.size());
        for (int days : new int[] {1, 2}) {
            for (double threshold : thresholds) {
                StoryGrouper.Grouping g = new StoryGrouper(threshold, days).group(mixture);
                score(threshold, days, g, gold);
            }
        }

        seeds(shared, thresholds, raw);
        if (System.getenv("STORY_NO_TIME") == null) {
            timing(raw, mixture.subList(0, gold.size()));
        }
    }

    /** The seed articles as the job reads them, or none when the shared folder has no seeds. */
    static List<StoryArticle> seedArticles(Path shared) throws IOException {
        List<StoryArticle> seeds = new ArrayList<>();
        if (!Files.isDirectory(shared.resolve("seeds"))) {
            return seeds;
        }
        try (var files = Files.list(shared.resolve("seeds"))) {
            for (Path file : files.sorted().toList()) {
                for (ReadResult r : new ArticleSource().readFile(file)) {
                    if (r instanceof Article a) {
                        seeds.add(new StoryArticle(a.id(), a.title(), sentences(String.join("\n", a.body())),
                                a.published(), a.source(), null));
                    }
                }
            }
        }
        return seeds;
    }

    private static void seeds(Path shared, List<Double> thresholds, List<StoryArticle> raw) throws IOException {
        List<StoryArticle> seeds = seedArticles(shared);
        double[][][] seedScores = new StoryGrouper().scores(seeds);
        for (int i = 0; i < seeds.size(); i++) {
            StringBuilder row = new StringBuilder("seed " + seeds.get(i).id() + " pair/event/actors:");
            for (int j = 0; j < seeds.size(); j++) {
                row.append(String.format(" %.2f/%.2f/%.2f", seedScores[i][j][0], seedScores[i][j][1], seedScores[i][j][2]));
                if (System.getenv("STORY_PAIRS") != null && j > i) {
                    System.out.printf("SEEDPAIR %d-%d %s%n", i, j, java.util.Arrays.toString(seedScores[i][j]));
                }
            }
            System.out.println(row);
        }
        for (double threshold : thresholds) {
            StoryGrouper.Grouping g = new StoryGrouper(threshold, StoryGrouper.DEFAULT_DAYS_APART).group(seeds);
            List<List<StoryArticle>> stories = g.stories();
            System.out.printf("seeds (threshold %.3f): %d articles -> %d stories %s: %s; %d incidents %s%n", threshold,
                    seeds.size(), stories.size(), StoryGrouperTest.ids(stories), stories.size() == 1 ? "ONE STORY" : "split",
                    g.incidents().size(), g.incidents());
        }

        // The seeds in a realistic night: every news-raw article around them, so that they can
        // also pull in (or be split by) unrelated ones.
        List<StoryArticle> night = new ArrayList<>(seeds);
        night.addAll(raw);
        Set<String> seedIds = new HashSet<>(seeds.stream().map(StoryArticle::id).toList());
        for (double threshold : thresholds) {
            List<List<StoryArticle>> stories = new StoryGrouper(threshold, StoryGrouper.DEFAULT_DAYS_APART).group(night).stories();
            List<List<StoryArticle>> withSeeds = stories.stream()
                    .filter(st -> st.stream().anyMatch(a -> seedIds.contains(a.id()))).toList();
            long joined = withSeeds.stream().flatMap(List::stream).filter(a -> !seedIds.contains(a.id())).count();
            System.out.printf("seeds among %d news-raw articles (threshold %.2f): seeds in %d stories, %d other articles joined them%n",
                    raw.size(), threshold, withSeeds.size(), joined);
        }

    }

    private static void timing(List<StoryArticle> raw, List<StoryArticle> goldArticles) {
        List<StoryArticle> pool = new ArrayList<>(raw);
        pool.addAll(goldArticles);
        // The shipped grouper (single links) and this one, alternated run by run on the same
        // batch, so that a busy machine slows both alike; the ratio of each adjacent pair is printed.
        for (int n : new int[] {1_000, 10_000}) {
            List<StoryArticle> batch = perturbed(pool, n, 42);
            new StoryGrouper().group(batch.subList(0, Math.min(200, n))); // warm up the JIT
            StoryGrouper.singleLink(0.3, 1).group(batch.subList(0, Math.min(200, n)));
            for (int round = 0; round < 3; round++) {
                long shippedMs = timed(StoryGrouper.singleLink(0.3, 1), batch, null);
                StoryGrouper.Grouping[] out = new StoryGrouper.Grouping[1];
                System.gc();
                long before = heapUsed();
                resetPeaks();
                long ms = timed(new StoryGrouper(), batch, out);
                // Peak heap counts garbage not yet collected too: an upper bound on what grouping needs.
                long peak = heapPeak() - before;
                StoryGrouper.Grouping g = out[0];
                System.out.printf("time: %,d articles grouped in %,d ms (shipped single-link grouper %,d ms, ratio %.2f;"
                        + " %,d candidate pairs, %,d merges, %,d stories, %,d incidents); heap above the articles"
                        + " themselves at most %,d MB%n", n, ms, shippedMs, (double) ms / shippedMs, g.candidatePairs(),
                        g.merges(), g.stories().size(), g.incidents().size(), peak >> 20);
            }
        }
    }

    private static long timed(StoryGrouper grouper, List<StoryArticle> batch, StoryGrouper.Grouping[] out) {
        long start = System.nanoTime();
        StoryGrouper.Grouping g = grouper.group(batch);
        if (out != null) {
            out[0] = g;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** One labelled article. */
    private record Label(String date, String split, String event, String incident) {
    }

    /** How a method groups one evening: stories, and incidents as groups of articles. */
    private interface Method {
        List<List<List<StoryArticle>>> group(List<StoryArticle> evening);
    }

    /**
     * The labelled evenings (src/test/resources/nashra/story/labels): every method groups each
     * evening on its own; pairs are judged within an evening. The TF-IDF baseline's settings are
     * tuned on dev here, in every run (3 lead lengths x 91 thresholds per level); with STORY_TUNE set
     * the grouper's settings are searched on dev with a grid of about the same size, and the best
     * printed (the defaults in StoryGrouper come from that search).
     */
    /** Something to run over each labelled evening, with the gold events and incidents of every article. */
    interface EveningProbe {
        void accept(List<StoryArticle> evening, Map<String, String> events, Map<String, String> incidents);
    }

    /** Runs the probe over every labelled evening of the given split (null for all). */
    static void probe(Path eval, String split, EveningProbe probe) throws IOException {
        Map<String, Label> labels = labels();
        Map<String, String> events = new HashMap<>();
        Map<String, String> incidents = new HashMap<>();
        labels.forEach((id, l) -> {
            events.put(id, l.event());
            incidents.put(id, l.incident());
        });
        for (List<StoryArticle> evening : evenings(eval, labels).values()) {
            if (split == null || labels.get(evening.get(0).id()).split().equals(split)) {
                probe.accept(evening, events, incidents);
            }
        }
    }

    private static Map<String, Label> labels() throws IOException {
        Map<String, Label> labels = new java.util.LinkedHashMap<>();
        for (String[] f : labelRows("events.tsv", 5)) {
            labels.put(f[0], new Label(f[1], f[2], f[3], f[4]));
        }
        return labels;
    }

    /** The rows of a label file (tab-separated, a header row left out) with the given number of columns. */
    private static List<String[]> labelRows(String file, int columns) throws IOException {
        try (var in = StoryEvaluation.class.getResourceAsStream("/nashra/story/labels/" + file)) {
            return java.util.Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(line -> line.split("\t")).filter(f -> f.length == columns && !f[0].equals("article")).toList();
        }
    }

    /** The labelled articles as the job reads them, by evening. */
    private static Map<String, List<StoryArticle>> evenings(Path eval, Map<String, Label> labels) throws IOException {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (String[] row : tsv(eval.resolve("news-raw/index.tsv"))) {
            titles.put(row[0], row[5]);
            sources.put(row[0], row[2]);
        }
        Map<String, List<StoryArticle>> byDate = new java.util.TreeMap<>();
        for (Map.Entry<String, Label> e : labels.entrySet()) {
            String id = e.getKey();
            byDate.computeIfAbsent(e.getValue().date(), d -> new ArrayList<>()).add(article(id, titles.get(id),
                    eval.resolve("news-raw/articles").resolve(id + ".txt"), LocalDate.parse(e.getValue().date()),
                    sources.get(id)));
        }
        if (System.getenv("STORY_ENGLISH") != null) {
            // Readers' translations in place of a translation model (see ReaderTranslations).
            Map<String, float[]> vectors = ReaderTranslations.vectors(Path.of(System.getenv("STORY_ENGLISH")));
            byDate.replaceAll((date, list) -> ReaderTranslations.with(list, vectors));
        }
        return byDate;
    }

    static void labelled(Path eval, boolean tune) throws IOException {
        Map<String, Label> labels = labels();
        Map<String, List<List<StoryArticle>>> evenings = new java.util.TreeMap<>();
        Map<String, List<StoryArticle>> byDate = evenings(eval, labels);
        byDate.forEach((date, list) -> evenings.computeIfAbsent(labels.get(list.get(0).id()).split(),
                k -> new ArrayList<>()).add(list));
        Map<String, String> events = new HashMap<>();
        Map<String, String> incidents = new HashMap<>();
        labels.forEach((id, l) -> {
            events.put(id, l.event());
            incidents.put(id, l.incident());
        });
        System.out.printf("labelled evenings: %s%n", byDate.entrySet().stream()
                .map(e -> e.getKey() + " (" + labels.get(e.getValue().get(0).id()).split() + ", " + e.getValue().size()
                        + " articles)").toList());

        // The baseline's tuning on dev, one setting per level.
        double[] bestEvent = {0, 0, -1};
        double[] bestIncident = {0, 0, -1};
        for (int lead = 0; lead <= 2; lead++) {
            for (int t = 5; t <= 95; t++) {
                TfIdfBaseline b = new TfIdfBaseline(t / 100.0, lead);
                ClusterScores ev = new ClusterScores();
                ClusterScores inc = new ClusterScores();
                for (List<StoryArticle> evening : evenings.get("dev")) {
                    List<List<String>> ids = StoryGrouperTest.ids(b.group(evening));
                    ev.add(ids, events);
                    inc.add(ids, incidents);
                }
                if (ev.f1() > bestEvent[2]) {
                    bestEvent = new double[] {t / 100.0, lead, ev.f1()};
                }
                if (inc.f1() > bestIncident[2]) {
                    bestIncident = new double[] {t / 100.0, lead, inc.f1()};
                }
            }
        }
        System.out.printf("TF-IDF baseline tuned on dev: events at cosine %.2f with %d lead sentences (dev F1 %.3f);"
                + " incidents at %.2f with %d (dev F1 %.3f)%n", bestEvent[0], (int) bestEvent[1], bestEvent[2],
                bestIncident[0], (int) bestIncident[1], bestIncident[2]);
        if (System.getenv("STORY_PAIRS") != null) {
            for (List<StoryArticle> evening : evenings.get("dev")) {
                pairs(evening, events, incidents);
            }
        }
        if (tune) {
            tuneGrouper(evenings.get("dev"), events, incidents, seedArticles(eval.getParent()));
        }
        TfIdfBaseline eventBaseline = new TfIdfBaseline(bestEvent[0], (int) bestEvent[1]);
        TfIdfBaseline incidentBaseline = new TfIdfBaseline(bestIncident[0], (int) bestIncident[1]);
        Map<String, Method> methods = new java.util.LinkedHashMap<>();
        methods.put("all singletons", e -> List.of(e.stream().map(List::of).toList(), e.stream().map(List::of).toList()));
        methods.put("TF-IDF single-link (tuned per level)", e -> List.of(eventBaseline.group(e), incidentBaseline.group(e)));
        methods.put("shipped grouper (single links, 0.30; its stories as incidents)", e -> {
            List<List<StoryArticle>> stories = StoryGrouper.singleLink(0.3, 1).group(e).stories();
            return List.of(stories, stories);
        });
        methods.put("Nashra grouper", e -> {
            StoryGrouper.Grouping g = new StoryGrouper().group(e);
            return List.of(g.stories(), g.incidentArticles());
        });
        // The second, independent labelling of the evenings outside dev (labels/second.tsv): scored
        // as a method against the first labels, it tells how far two careful readers agree, the
        // ceiling any method can be judged against. With STORY_VS_SECOND=1 every method is also
        // scored against it as the gold.
        Map<String, String> events2 = new HashMap<>();
        Map<String, String> incidents2 = new HashMap<>();
        for (String[] f : labelRows("second.tsv", 4)) {
            events2.put(f[0], f[2]);
            incidents2.put(f[0], f[3]);
        }
        java.util.function.Predicate<List<StoryArticle>> secondLabelled = e -> e.stream()
                .allMatch(a -> events2.containsKey(a.id()));
        methods.put("second annotator (agreement of two readers)", e -> secondLabelled.test(e)
                ? List.of(byLabel(e, events2), byLabel(e, incidents2)) : null);
        if (System.getenv("STORY_TEST") != null) {
            continuation(byDate, labels, events);
        }
        // The test part is scored only when asked (STORY_TEST=1): tuning runs never print it.
        // The holdout evenings are scored only when asked by name (STORY_HOLDOUT=1): they are kept
        // unseen for the next change, so that it has a test part no one has looked at.
        List<String> splits = System.getenv("STORY_TEST") != null
                ? evenings.keySet().stream()
                        .filter(sp -> !sp.equals("holdout") || System.getenv("STORY_HOLDOUT") != null)
                        .sorted((x, y) -> x.equals("dev") ? -1 : y.equals("dev") ? 1 : x.compareTo(y)).toList()
                : List.of("dev");
        if (splits.size() > 2) {
            // Every scored evening outside dev, pooled: the test parts are small on their own.
            List<List<StoryArticle>> pooled = new ArrayList<>();
            splits.stream().filter(sp -> !sp.equals("dev")).forEach(sp -> pooled.addAll(evenings.get(sp)));
            evenings.put("pooled", pooled);
            splits = new ArrayList<>(splits);
            splits.add("pooled");
        }
        for (String split : splits) {
            score(split, evenings.get(split), methods, events, incidents, "");
        }
        if (System.getenv("STORY_VS_SECOND") != null) {
            for (String split : splits) {
                List<List<StoryArticle>> covered = evenings.get(split).stream().filter(secondLabelled).toList();
                if (!covered.isEmpty()) {
                    score(split, covered, methods, events2, incidents2, " vs 2nd");
                }
            }
        }
    }

    /** Groups an evening by a labelling. */
    private static List<List<StoryArticle>> byLabel(List<StoryArticle> evening, Map<String, String> label) {
        Map<String, List<StoryArticle>> groups = new java.util.LinkedHashMap<>();
        evening.forEach(a -> groups.computeIfAbsent(label.get(a.id()), k -> new ArrayList<>()).add(a));
        return new ArrayList<>(groups.values());
    }

    /** Scores each method on a split's evenings against one labelling; evenings a method cannot group are left out. */
    private static void score(String split, List<List<StoryArticle>> splitEvenings, Map<String, Method> methods,
            Map<String, String> events, Map<String, String> incidents, String against) throws IOException {
        for (Map.Entry<String, Method> m : methods.entrySet()) {
            ClusterScores ev = new ClusterScores();
            ClusterScores inc = new ClusterScores();
            PairBootstrap evBoot = new PairBootstrap();
            PairBootstrap incBoot = new PairBootstrap();
            int grouped = 0;
            for (List<StoryArticle> evening : splitEvenings) {
                List<List<List<StoryArticle>>> out = m.getValue().group(evening);
                if (out == null) {
                    continue;
                }
                grouped++;
                ev.add(StoryGrouperTest.ids(out.get(0)), events);
                inc.add(StoryGrouperTest.ids(out.get(1)), incidents);
                evBoot.add(StoryGrouperTest.ids(out.get(0)), events, incidents);
                incBoot.add(StoryGrouperTest.ids(out.get(1)), incidents, incidents);
                boolean main = against.isEmpty() && m.getKey().startsWith("Nashra");
                if (System.getenv("STORY_DUMP") != null && main && split.equals("dev")) {
                    dump(Path.of(System.getenv("STORY_DUMP")), out);
                }
                if (System.getenv("STORY_ERRORS") != null && main
                        && split.equals(System.getenv("STORY_ERRORS").equals("1") ? "dev" : System.getenv("STORY_ERRORS"))) {
                    errors(out.get(0), events, "event");
                    errors(out.get(1), incidents, "incident");
                }
            }
            if (grouped == 0) {
                continue;
            }
            double[] evCi = evBoot.interval(2000, 7);
            double[] incCi = incBoot.interval(2000, 7);
            System.out.printf("%-4s %-62s events:    %s; pairwise F1 95%% interval [%.2f, %.2f]%n", split + against,
                    m.getKey(), ev.row(), evCi[0], evCi[1]);
            System.out.printf("%-4s %-62s incidents: %s; pairwise F1 95%% interval [%.2f, %.2f]%n", split + against,
                    "", inc.row(), incCi[0], incCi[1]);
        }
    }

    /**
     * Continuation across nights, as the job does it (Stories with the earlier evening's stories
     * as its memory): each evening is grouped with the one before it as the earlier briefing. A
     * story should be marked continuing when one of its articles' gold events was reported the
     * evening before, and linked to a story holding that event. Reported per split of the later
     * evening.
     */
    private static void continuation(Map<String, List<StoryArticle>> byDate, Map<String, Label> labels,
            Map<String, String> events) {
        List<String> dates = new ArrayList<>(byDate.keySet().stream()
                .filter(date -> !labels.get(byDate.get(date).get(0).id()).split().equals("holdout")
                        || System.getenv("STORY_HOLDOUT") != null)
                .toList());
        Stories stories = new Stories(new StoryGrouper(), new StorySummary(), null);
        for (int d = 1; d < dates.size(); d++) {
            String before = dates.get(d - 1);
            List<nashra.digest.ArticleDigest> earlierDigests = byDate.get(before).stream().map(StoryEvaluation::digest).toList();
            Map<String, nashra.digest.ArticleDigest> earlierById = new HashMap<>();
            earlierDigests.forEach(x -> earlierById.put(x.id(), x));
            List<Stories.Earlier> earlier = stories.of(earlierDigests).stream()
                    .map(st -> new Stories.Earlier(before, st, st.articleIds().stream().map(earlierById::get).toList()))
                    .toList();
            Set<String> eventsBefore = new HashSet<>();
            byDate.get(before).forEach(a -> eventsBefore.add(events.get(a.id())));
            Map<String, Set<String>> eventsOfEarlierStory = new HashMap<>();
            earlier.forEach(e -> eventsOfEarlierStory.put(e.story().id(),
                    new HashSet<>(e.story().articleIds().stream().map(events::get).toList())));
            int shouldContinue = 0;
            int marked = 0;
            int right = 0;
            int found = 0;
            List<nashra.digest.StoryDigest> tonight = stories.of(byDate.get(dates.get(d)).stream()
                    .map(StoryEvaluation::digest).toList(), earlier);
            for (nashra.digest.StoryDigest st : tonight) {
                Set<String> own = new HashSet<>(st.articleIds().stream().map(events::get).toList());
                boolean should = own.stream().anyMatch(eventsBefore::contains);
                shouldContinue += should ? 1 : 0;
                if (st.continuation().continuing()) {
                    marked++;
                    Set<String> linked = eventsOfEarlierStory.getOrDefault(st.continuation().storyId(), Set.of());
                    if (own.stream().anyMatch(linked::contains)) {
                        right++;
                        found += should ? 1 : 0;
                    } else if (System.getenv("STORY_CONT_ERRORS") != null
                            && labels.get(byDate.get(dates.get(d)).get(0).id()).split().equals("dev")) {
                        System.out.printf("WRONG CONTINUATION %s: %s <- %s%n", dates.get(d), st.headline().ar(),
                                st.continuation().headline() == null ? "" : st.continuation().headline().ar());
                    }
                }
            }
            System.out.printf("continuation %s -> %s (%s): %d stories, %d should continue an earlier one;"
                    + " %d marked continuing, %d of them linked to a story of the same event (precision %.2f,"
                    + " recall %.2f)%n", before, dates.get(d), labels.get(byDate.get(dates.get(d)).get(0).id()).split(),
                    tonight.size(), shouldContinue, marked, right, marked == 0 ? 1.0 : (double) right / marked,
                    shouldContinue == 0 ? 1.0 : (double) found / shouldContinue);
        }
    }

    /** A digest for the Stories class from an evaluation article: Arabic only, no summary needed. */
    private static nashra.digest.ArticleDigest digest(StoryArticle a) {
        List<nashra.digest.SentencePair> pairs = new ArrayList<>();
        for (int i = 0; i < a.sentencesAr().size(); i++) {
            pairs.add(new nashra.digest.SentencePair(i, a.sentencesAr().get(i), "", List.of()));
        }
        return new nashra.digest.ArticleDigest(nashra.digest.ArticleDigest.SCHEMA, a.id(), a.source(), "",
                a.published().toString(), a.id(), new nashra.digest.Bilingual(a.titleAr(), ""), pairs,
                pairs.isEmpty() ? List.of() : List.of(0), new nashra.digest.ModelInfo("none", "none"));
    }

    /**
     * Prints the pair features of one evening (quadratic; for development on dev only): every
     * same-event pair, and every other pair with some overlap, with both titles.
     */
    private static void pairs(List<StoryArticle> evening, Map<String, String> events, Map<String, String> incidents) {
        double[][][] s = new StoryGrouper().scores(evening);
        for (int i = 0; i < evening.size(); i++) {
            for (int j = i + 1; j < evening.size(); j++) {
                double[] f = s[i][j];
                String a = evening.get(i).id();
                String b = evening.get(j).id();
                boolean sameEvent = events.get(a).equals(events.get(b));
                boolean sameIncident = incidents.get(a).equals(incidents.get(b));
                if (sameIncident || f[3] >= 0.1) {
                    System.out.printf("PAIR %s score %.2f event %.2f other %.2f incident %.2f text %.2f salient %.2f"
                             + " lead %.2f cos %.2f actors %s jac %.2f | %s | %s%n", sameEvent ? "EVENT" : sameIncident ? "INCID" : "DIFF ",
                            f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8] > 0 ? "X" : "-", f[9],
                            evening.get(i).titleAr(), evening.get(j).titleAr());
                }
            }
        }
    }

    /** Appends each article's story and incident (by first member) to the file, for looking at dev's output elsewhere. */
    private static void dump(Path file, List<List<List<StoryArticle>>> out) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int level = 0; level < 2; level++) {
            for (List<StoryArticle> cluster : out.get(level)) {
                for (StoryArticle a : cluster) {
                    rows.append(level == 0 ? "story" : "incident").append('\t').append(a.id()).append('\t')
                            .append(cluster.get(0).id()).append('\n');
                }
            }
        }
        Files.writeString(file, rows, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Prints the clusters that mix labels and the labels split over clusters. */
    private static void errors(List<List<StoryArticle>> clusters, Map<String, String> gold, String level) {
        Map<String, Set<Integer>> where = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<StoryArticle> cluster = clusters.get(c);
            for (StoryArticle a : cluster) {
                where.computeIfAbsent(gold.get(a.id()), k -> new HashSet<>()).add(c);
            }
            if (cluster.stream().map(a -> gold.get(a.id())).distinct().count() > 1) {
                System.out.println("MIXED " + level + ":");
                cluster.forEach(a -> System.out.println("   " + gold.get(a.id()) + "  " + a.id() + "  " + a.titleAr()));
            }
        }
        where.forEach((label, cs) -> {
            if (cs.size() > 1) {
                System.out.println("SPLIT " + level + " " + label + " over " + cs.size() + " clusters");
                for (int c : cs) {
                    clusters.get(c).stream().filter(a -> gold.get(a.id()).equals(label))
                            .forEach(a -> System.out.println("   [" + c + "] " + a.id() + "  " + a.titleAr()));
                }
            }
        });
    }

    /**
     * Searches the grouper's settings on dev, with a budget like the baseline's, and prints every
     * setting within 0.01 of the best dev F1 with how it groups the seeds (which must stay one
     * story): the events first, then the incidents with the event settings as the defaults.
     */
    private static void tuneGrouper(List<List<StoryArticle>> dev, Map<String, String> events,
            Map<String, String> incidents, List<StoryArticle> seeds) {
        List<String> rows = new ArrayList<>();
        List<Double> f1s = new ArrayList<>();
        for (double t = 0.2; t <= 0.501; t += 0.025) {
            for (int prior : new int[] {0, 200, 1000}) {
                for (double leadWeight : new double[] {0.5, 0.7, 0.9}) {
                    for (double agree : new double[] {0.08, 0.12, 0.16, 0.2}) {
                        double containment = StoryGrouper.DEFAULT_EVENT_CONTAINMENT;
                        double penalty = StoryGrouper.DEFAULT_ACTOR_PENALTY;
                        StoryGrouper g = new StoryGrouper(new StoryGrouper.Settings(t, agree, penalty, leadWeight,
                                StoryGrouper.DEFAULT_INCIDENT_THRESHOLD, StoryGrouper.DEFAULT_INCIDENT_AGREEMENT, 1,
                                prior, false, containment, StoryGrouper.DEFAULT_INCIDENT_SUPPORT,
                                StoryGrouper.DEFAULT_PLACE_PENALTY, StoryGrouper.DEFAULT_INCIDENT_ANCHORS));
                        ClusterScores ev = new ClusterScores();
                        dev.forEach(e -> ev.add(StoryGrouperTest.ids(g.group(e).stories()), events));
                        f1s.add(ev.f1());
                        rows.add(String.format("threshold %.3f IDF prior %d lead weight %.1f agreement %.2f: %s;"
                                + " seeds in %d stories", t, prior, leadWeight, agree, ev.row(),
                                seeds.isEmpty() ? -1 : g.group(seeds).stories().size()));
                    }
                }
            }
        }
        double bestWithSeeds = -1;
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).endsWith("seeds in 1 stories")) {
                bestWithSeeds = Math.max(bestWithSeeds, f1s.get(k));
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).endsWith("seeds in 1 stories") && f1s.get(k) >= bestWithSeeds - 0.01) {
                System.out.println("  seeds one story: " + rows.get(k));
            }
        }
        double best = f1s.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        System.out.printf("grouper tuned on dev, events (%d settings), within 0.01 of the best dev F1 %.3f:%n", rows.size(), best);
        for (int k = 0; k < rows.size(); k++) {
            if (f1s.get(k) >= best - 0.01 || System.getenv("STORY_TUNE_ALL") != null) {
                System.out.println("  " + rows.get(k));
            }
        }
        rows.clear();
        f1s.clear();
        // The place penalty stays 1 (0 lost 0.08 F1 on dev in every setting); the least shared anchors vary.
        for (double t = 0.05; t <= 0.401; t += 0.05) {
            for (double agree : new double[] {0, 0.05, 0.1, 0.15}) {
              for (int anchors : new int[] {0, 3, 4, 5, 6, 8}) {
                double support = StoryGrouper.DEFAULT_INCIDENT_SUPPORT;
                StoryGrouper g = new StoryGrouper(new StoryGrouper.Settings(StoryGrouper.DEFAULT_THRESHOLD,
                        StoryGrouper.DEFAULT_AGREEMENT, StoryGrouper.DEFAULT_ACTOR_PENALTY, StoryGrouper.DEFAULT_LEAD_WEIGHT,
                        t, agree, 1, StoryGrouper.IDF_PRIOR, false, StoryGrouper.DEFAULT_EVENT_CONTAINMENT, support,
                        StoryGrouper.DEFAULT_PLACE_PENALTY, anchors));
                ClusterScores inc = new ClusterScores();
                dev.forEach(e -> inc.add(StoryGrouperTest.ids(g.group(e).incidentArticles()), incidents));
                f1s.add(inc.f1());
                rows.add(String.format("incident threshold %.3f agreement %.2f least anchors %d: %s", t, agree, anchors, inc.row()));
              }
            }
        }
        best = f1s.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        System.out.printf("grouper tuned on dev, incidents (%d settings), within 0.03 of the best dev F1 %.3f:%n", rows.size(), best);
        for (int k = 0; k < rows.size(); k++) {
            if (f1s.get(k) >= best - 0.03 || System.getenv("STORY_TUNE_ALL") != null) {
                System.out.println("  " + rows.get(k));
            }
        }
    }

    private static List<java.lang.management.MemoryPoolMXBean> heapPools() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).toList();
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        heapPools().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void score(double threshold, int days, StoryGrouper.Grouping g, Map<String, String> gold) {
        long tp = 0;
        long fp = 0;
        long unjudged = 0;
        long crossGold = 0;
        for (List<StoryArticle> story : g.stories()) {
            for (int i = 0; i < story.size(); i++) {
                for (int j = i + 1; j < story.size(); j++) {
                    String a = gold.get(story.get(i).id());
                    String b = gold.get(story.get(j).id());
                    if (a == null && b == null) {
                        unjudged++;
                    } else if (a != null && a.equals(b)) {
                        tp++;
                    } else {
                        fp++;
                        if (a != null && b != null) {
                            crossGold++;
                        }
                        if (System.getenv("STORY_FP") != null) {
                            System.out.println("FP " + (a != null && b != null ? "gold-gold " : "gold-raw ")
                                    + story.get(i).id() + " " + story.get(i).titleAr() + " || " + story.get(j).id() + " "
                                    + story.get(j).titleAr());
                        }
                    }
                }
            }
        }
        Map<String, Integer> sizes = new HashMap<>();
        gold.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
        long goldPairs = sizes.values().stream().mapToLong(s -> (long) s * (s - 1) / 2).sum();
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = (double) tp / goldPairs;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double pg = (double) tp / (tp + crossGold);
        double fg = pg + r == 0 ? 0 : 2 * pg * r / (pg + r);
        System.out.printf("threshold %.2f, %d days: strict pairwise precision %.3f recall %.3f F1 %.3f (tp %d, fp %d of"
                + " which %d gold-gold, gold pairs %d); gold articles only: precision %.3f F1 %.3f;"
                + " %d candidate pairs; %d links between news-raw articles, not judged%n",
                threshold, days, p, r, f, tp, fp, crossGold, goldPairs, pg, fg, g.candidatePairs(), unjudged);
    }

    private static StoryArticle article(String id, String title, Path file, LocalDate date, String source)
            throws IOException {
        return new StoryArticle(id, title, sentences(Files.readString(file, StandardCharsets.UTF_8)), date, source,
                null);
    }

    private static List<String> sentences(String raw) {
        return PIPELINE.clean(raw).sentences().stream().map(Sentence::text).toList();
    }

    private static List<String[]> tsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }

    /** n articles: the pool once, then perturbed repeats of it under new ids. */
    static List<StoryArticle> perturbed(List<StoryArticle> pool, int n, long seed) {
        Random random = new Random(seed);
        List<StoryArticle> out = new ArrayList<>();
        for (int k = 0; out.size() < n; k++) {
            StoryArticle a = pool.get(k % pool.size());
            if (k < pool.size()) {
                out.add(a);
                continue;
            }
            List<String> sentences = new ArrayList<>(a.sentencesAr());
            if (sentences.size() > 1) {
                sentences.remove(random.nextInt(sentences.size()));
            }
            List<String> edited = new ArrayList<>();
            for (String s : sentences) {
                String[] words = s.split(" ");
                for (int w = 0; w < words.length; w++) {
                    if (random.nextInt(20) == 0) {
                        List<String> other = pool.get(random.nextInt(pool.size())).sentencesAr();
                        if (!other.isEmpty()) {
                            String[] o = other.get(0).split(" ");
                            words[w] = o[random.nextInt(o.length)];
                        }
                    }
                }
                edited.add(String.join(" ", words));
            }
            out.add(new StoryArticle(a.id() + "#" + k, a.titleAr(), edited, a.published(), a.source(), null));
        }
        return out;
    }
}
