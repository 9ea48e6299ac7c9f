package nashra.summarize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A fair comparison of extractive summarisers on the BBC News Summary set beside the checkout:
 * LEAD, LexRank, TextRank, the briefing's {@link Summarizer} and a greedy ROUGE oracle (the upper
 * bound for whole-sentence extracts), all at the same word budgets, scored with ROUGE, lengths
 * beside scores, paired differences with 95% bootstrap intervals. Evaluation only: the briefing
 * does not run it.
 *
 * <ul>
 *   <li><b>Budgets.</b> 75 and 100 words ({@link Words}), in two modes. <em>DUC-style</em>: every
 *       method adds sentences in its own order until the budget is reached and the scorer cuts the
 *       summary at the budget (the sentence added last loses its tail). <em>Whole sentences</em>:
 *       what a briefing card shows; a sentence that does not fit is skipped for a later one that
 *       does, nothing is cut (if not even the first fits, it is taken and cut when scoring).
 *   <li><b>Split.</b> Every fifth document of each category is dev (361), the rest test (1,447).
 *       Settings are chosen on dev; test is scored once, at the end.
 *   <li><b>Tuning budget.</b> Each tuned method (LexRank, TextRank, Summarizer) tries the same
 *       number of settings on dev ({@code --settings}, default 200) with the same search: its
 *       starting point (the published defaults; the summariser's settings from before budgets),
 *       random draws from its parameter space for the first half, then local moves around the best
 *       so far (seeded), each scored by mean ROUGE-2 F1 over both budgets and both modes. LEAD and
 *       the oracle have nothing to tune.
 *   <li><b>Noise.</b> With {@code --noise 0.1,0.2,0.3} the test split is scored again with
 *       translation-like damage to the English ({@link TranslationNoise}); the choice is scored on
 *       the clean text, so the table shows how well each method still chooses. The summariser runs
 *       twice: on the damaged English alone, and with the clean text as its source side (standing
 *       in for the Arabic original of a translated sentence).
 * </ul>
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nashra.summarize.SummaryEvaluation \
 *     -Dexec.args="--cache target/bbc-embeddings.bin --noise 0.1,0.2,0.3"
 * </pre>
 *
 * Options: {@code --data DIR} (default {@code ../shared/eval/summaries-en}), {@code --settings N},
 * {@code --noise RATES} (comma-separated, default none), {@code --threads N} (ONNX Runtime threads,
 * default 2), {@code --cache FILE} (sentence vectors kept between runs, keyed by the sentences'
 * text), {@code --resamples N} (bootstrap, default 10,000), {@code --dev-only} (tune and stop:
 * for trying ideas without looking at test), {@code --noise-sample K} (the noise runs on every K-th
 * test document, default 3: each noise level embeds its sentences anew).
 */
public final class SummaryEvaluation {

    static final int[] BUDGETS = {75, 100};
    static final boolean[] MODES = {true, false};

    private record Settings(
            Path data,
            int settings,
            double[] noise,
            int threads,
            Path cache,
            int resamples,
            boolean devOnly,
            int noiseSample) {
        static Settings parse(String[] args) {
            Path data = Path.of("../shared/eval/summaries-en");
            int settings = 200;
            double[] noise = {};
            int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
            Path cache = null;
            int resamples = 10_000;
            boolean devOnly = false;
            int noiseSample = 3;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(args[++i]);
                    case "--settings" -> settings = Integer.parseInt(args[++i]);
                    case "--noise" ->
                            noise =
                                    Arrays.stream(args[++i].split(","))
                                            .mapToDouble(Double::parseDouble)
                                            .toArray();
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--cache" -> cache = Path.of(args[++i]);
                    case "--resamples" -> resamples = Integer.parseInt(args[++i]);
                    case "--dev-only" -> devOnly = true;
                    case "--noise-sample" -> noiseSample = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (settings < 1) {
                throw new IllegalArgumentException("--settings must be at least 1");
            }
            return new Settings(
                    data, settings, noise, threads, cache, resamples, devOnly, noiseSample);
        }
    }

    /**
     * One article as the methods see it, and what scoring needs.
     *
     * @param article the sentences a method reads (English, perhaps damaged; the source side when
     *     the summariser may use it)
     * @param vectors embeddings of the English the method reads
     * @param words English words of each sentence as the method reads it
     * @param clean the original sentences: what is scored
     * @param cleanWords words of each original sentence
     * @param cleanTokens ROUGE tokens of each original sentence
     * @param reference ROUGE tokens of the human summary
     */
    record Doc(
            BbcSummaries.Document document,
            List<Sentence> article,
            float[][] vectors,
            int[] words,
            List<String> clean,
            int[] cleanWords,
            List<List<String>> cleanTokens,
            List<String> reference) {

        Doc withArticle(List<Sentence> newArticle, float[][] newVectors) {
            return new Doc(
                    document,
                    newArticle,
                    newVectors,
                    newArticle.stream().mapToInt(s -> Words.count(s.english())).toArray(),
                    clean,
                    cleanWords,
                    cleanTokens,
                    reference);
        }

        List<String> english() {
            return article.stream().map(Sentence::english).toList();
        }
    }

    /** Picks for one document: sentence indices in the order chosen. */
    interface Picker {
        List<Integer> pick(int budget, boolean fill);
    }

    /** A method: prepares a document once (scores, graphs), then picks at any budget. */
    interface Method {
        Picker prepare(Doc d);
    }

    /** Per-document ROUGE F1s, ROUGE-2 recall, words and sentences of one method at one budget. */
    record Scores(double[] r1, double[] r2, double[] rl, double[] r2Recall, double[] words, double[] sentences) {
        static double mean(double[] x) {
            return Arrays.stream(x).average().orElse(0);
        }
    }

    private record Trial<T>(T setting, double objective) {}

    private record LexRankSetting(LexRank.Options options, boolean backgroundIdf) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "threshold %.3f, jump %.3f, idf %s",
                    options.threshold(),
                    options.damping(),
                    backgroundIdf ? "background" : "article");
        }
    }

    private record SummarizerSetting(Summarizer.Options options, boolean backgroundIdf) {
        @Override
        public String toString() {
            Summarizer.Options o = options;
            return String.format(
                    Locale.ROOT,
                    "positionWeight %.3f, halfLife %.2f, lengthExponent %.3f, lexicalWeight %.3f,"
                            + " lambda %.3f, quoteWeight %.3f, overlapWeight %.3f, idf %s",
                    o.positionWeight(),
                    o.positionHalfLife(),
                    o.lengthExponent(),
                    o.lexicalWeight(),
                    o.lambda(),
                    o.quoteWeight(),
                    o.overlapWeight(),
                    backgroundIdf ? "background" : "article");
        }
    }

    private SummaryEvaluation() {}

    public static void main(String[] args) {
        Settings settings = Settings.parse(args);
        long start = System.nanoTime();
        List<BbcSummaries.Document> documents = BbcSummaries.read(settings.data());
        if (documents.isEmpty()) {
            throw new IllegalStateException(
                    "no documents under " + settings.data().toAbsolutePath());
        }
        System.out.printf(
                Locale.ROOT, "%d documents from %s%n", documents.size(), settings.data());
        SentenceEmbedder.Options embedderOptions =
                new SentenceEmbedder.Options(32, 256, settings.threads());
        Map<String, float[][]> cache =
                settings.cache() == null
                        ? new LinkedHashMap<>()
                        : new LinkedHashMap<>(EmbeddingCache.read(settings.cache()));
        try (SentenceEmbedder embedder = SentenceEmbedder.load(embedderOptions)) {
            List<Doc> all = new ArrayList<>();
            long embedStart = System.nanoTime();
            for (BbcSummaries.Document d : documents) {
                all.add(clean(d, embed(embedder, cache, d.sentences())));
                if (all.size() % 300 == 0) {
                    System.out.printf(
                            Locale.ROOT, "  %d documents ready, %.0f s%n", all.size(), seconds(embedStart));
                }
            }
            saveCache(settings, cache);
            Idf background = background(all);
            List<Doc> dev = all.stream().filter(d -> d.document().isDev()).toList();
            List<Doc> test = all.stream().filter(d -> !d.document().isDev()).toList();

            // ---- Tuning on dev: the same number of settings for each tuned method.
            long tuneStart = System.nanoTime();
            int n = settings.settings();
            LexRankSetting lexSetting = tuneLexRank(dev, background, n);
            TextRank.Options textSetting = tuneTextRank(dev, n);
            SummarizerSetting sumSetting = tuneSummarizer(dev, embedder, background, n);
            System.out.printf(
                    Locale.ROOT,
                    "tuning: %d settings tried on dev for each of LexRank, TextRank and the"
                            + " summariser (%.0f s)%n",
                    n,
                    seconds(tuneStart));
            System.out.println("  LexRank:    " + lexSetting);
            System.out.println("  TextRank:   " + textSetting);
            System.out.println("  Summarizer: " + sumSetting);
            Summarizer.Options shipped = Summarizer.Options.defaults();
            System.out.println(
                    "  shipped defaults ("
                            + new SummarizerSetting(shipped, false)
                            + ") score "
                            + String.format(
                                    Locale.ROOT,
                                    "%.4f",
                                    objective(dev, summarizer(embedder, background, new SummarizerSetting(shipped, false))))
                            + " on dev against the tuned "
                            + String.format(
                                    Locale.ROOT,
                                    "%.4f",
                                    objective(dev, summarizer(embedder, background, sumSetting))));

            if (settings.devOnly()) {
                return;
            }
            // ---- Test, once.
            Map<String, Method> methods = new LinkedHashMap<>();
            methods.put("LEAD", lead());
            methods.put("LexRank", lexRank(lexSetting, background));
            methods.put("TextRank", textRank(textSetting));
            methods.put("Summarizer (tuned)", summarizer(embedder, background, sumSetting));
            methods.put(
                    "Summarizer (shipped defaults)",
                    summarizer(embedder, background, new SummarizerSetting(shipped, false)));
            methods.put("Oracle (greedy ROUGE-2)", oracle());
            Map<String, Map<String, Scores>> results = new LinkedHashMap<>();
            for (Map.Entry<String, Method> m : methods.entrySet()) {
                results.put(m.getKey(), score(test, m.getValue()));
            }
            printTables(results, test.size());
            printDifferences(results, "Summarizer (shipped defaults)", settings.resamples());
            printDifferences(results, "Summarizer (tuned)", settings.resamples());

            if (settings.noise().length > 0) {
                List<Doc> sample = new ArrayList<>();
                for (int i = 0; i < test.size(); i += settings.noiseSample()) {
                    sample.add(test.get(i));
                }
                noise(sample, embedder, cache, settings, lexSetting, textSetting, shipped);
                saveCache(settings, cache);
            }
            System.out.printf(Locale.ROOT, "total %.0f s%n", seconds(start));
        }
    }

    // ---- Documents

    private static Doc clean(BbcSummaries.Document d, float[][] vectors) {
        List<Sentence> article = d.asArticle();
        List<String> clean = d.sentences();
        return new Doc(
                d,
                article,
                vectors,
                clean.stream().mapToInt(Words::count).toArray(),
                clean,
                clean.stream().mapToInt(Words::count).toArray(),
                clean.stream().map(s -> Tokens.of(s, true)).toList(),
                Tokens.of(d.reference(), true));
    }

    private static float[][] embed(
            SentenceEmbedder embedder, Map<String, float[][]> cache, List<String> sentences) {
        // One call per article, as the briefing makes.
        return cache.computeIfAbsent(EmbeddingCache.key(sentences), k -> embedder.embed(sentences));
    }

    private static void saveCache(Settings settings, Map<String, float[][]> cache) {
        if (settings.cache() != null) {
            EmbeddingCache.write(settings.cache(), cache);
        }
    }

    /** Unsupervised background word weights: every article body as the methods read it. */
    private static Idf background(List<Doc> docs) {
        return Idf.fromDocuments(docs.stream().map(d -> String.join(" ", d.english())).toList());
    }

    // ---- Methods

    /** Packs a ranking into the budget (see the class comment for the two modes). */
    static List<Integer> pack(List<Integer> order, int[] words, int budget, boolean fill) {
        List<Integer> out = new ArrayList<>();
        int used = 0;
        for (int i : order) {
            if (used >= budget) {
                break;
            }
            if (!fill && used + words[i] > budget) {
                continue;
            }
            out.add(i);
            used += words[i];
        }
        if (out.isEmpty() && !order.isEmpty()) {
            out.add(order.get(0));
        }
        return out;
    }

    private static Method ranking(Function<Doc, List<Integer>> ranking) {
        return d -> {
            List<Integer> order = ranking.apply(d);
            return (budget, fill) -> pack(order, d.words(), budget, fill);
        };
    }

    static Method lead() {
        return ranking(d -> nonBlank(d.article()));
    }

    private static Method lexRank(LexRankSetting s, Idf background) {
        LexRank l = new LexRank(s.options(), s.backgroundIdf() ? background : null);
        return ranking(d -> byScore(d, l.scores(d.english())));
    }

    private static Method textRank(TextRank.Options o) {
        TextRank t = new TextRank(o);
        return ranking(d -> byScore(d, t.scores(d.english())));
    }

    private static List<Integer> byScore(Doc d, double[] scores) {
        List<Integer> order = nonBlank(d.article());
        return order.stream()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .toList();
    }

    private static List<Integer> nonBlank(List<Sentence> article) {
        return article.stream().filter(s -> !s.isBlank()).map(Sentence::index).toList();
    }

    private static Method summarizer(Embedder embedder, Idf background, SummarizerSetting s) {
        Summarizer summarizer =
                new Summarizer(embedder, s.options(), s.backgroundIdf() ? background : null);
        return d -> {
            Summarizer.SentenceGraph graph = summarizer.graph(d.article(), d.vectors());
            // The summariser's own sentence cap applies too (the briefing's summary-length).
            return (budget, fill) ->
                    summarizer.selection(graph, s.options().k(), budget, fill).stream()
                            .map(i -> graph.candidates().get(i).index())
                            .toList();
        };
    }

    /**
     * The upper bound for extracts: greedily adds the sentence that most raises ROUGE-2 recall
     * against the reference (after the cut at the budget), until nothing raises it.
     */
    static Method oracle() {
        return d ->
                (budget, fill) -> {
                    List<Integer> chosen = new ArrayList<>();
                    int used = 0;
                    double best = 0;
                    while (used < budget) {
                        int pick = -1;
                        for (int i = 0; i < d.clean().size(); i++) {
                            if (chosen.contains(i) || d.clean().get(i).isBlank()) {
                                continue;
                            }
                            if (!fill && used + d.cleanWords()[i] > budget) {
                                continue;
                            }
                            chosen.add(i);
                            double r = Rouge.ngrams(tokens(d, chosen, budget), d.reference(), 2).recall();
                            chosen.remove(chosen.size() - 1);
                            if (r > best) {
                                best = r;
                                pick = i;
                            }
                        }
                        if (pick < 0) {
                            break;
                        }
                        chosen.add(pick);
                        used += d.cleanWords()[pick];
                    }
                    return chosen;
                };
    }

    // ---- Scoring

    /**
     * ROUGE tokens of the summary: the chosen original sentences in article order, the one added
     * last cut so that the whole is at most {@code budget} words.
     */
    static List<String> tokens(Doc d, List<Integer> selection, int budget) {
        int[] kept = kept(d, selection, budget);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] == d.cleanWords()[i] && kept[i] > 0) {
                out.addAll(d.cleanTokens().get(i));
            } else if (kept[i] > 0) {
                out.addAll(Tokens.of(Words.first(d.clean().get(i), kept[i]), true));
            }
        }
        return out;
    }

    private static int[] kept(Doc d, List<Integer> selection, int budget) {
        int[] kept = new int[d.clean().size()];
        int left = budget;
        for (int i : selection) {
            kept[i] = Math.min(d.cleanWords()[i], left);
            left -= kept[i];
        }
        return kept;
    }

    /** Scores keyed "budget/mode". */
    private static Map<String, Scores> score(List<Doc> docs, Method method) {
        Map<String, Scores> out = new LinkedHashMap<>();
        int n = docs.size();
        Map<String, double[][]> arrays = new LinkedHashMap<>();
        for (int budget : BUDGETS) {
            for (boolean fill : MODES) {
                arrays.put(key(budget, fill), new double[6][n]);
            }
        }
        for (int i = 0; i < n; i++) {
            Doc d = docs.get(i);
            Picker picker = method.prepare(d);
            for (int budget : BUDGETS) {
                for (boolean fill : MODES) {
                    double[][] a = arrays.get(key(budget, fill));
                    List<Integer> selection = picker.pick(budget, fill);
                    List<String> candidate = tokens(d, selection, budget);
                    a[0][i] = Rouge.ngrams(candidate, d.reference(), 1).f1();
                    Rouge.Score r2 = Rouge.ngrams(candidate, d.reference(), 2);
                    a[1][i] = r2.f1();
                    a[2][i] = Rouge.longestCommonSubsequence(candidate, d.reference()).f1();
                    a[3][i] = r2.recall();
                    a[4][i] = Arrays.stream(kept(d, selection, budget)).sum();
                    a[5][i] = selection.size();
                }
            }
        }
        arrays.forEach((k, a) -> out.put(k, new Scores(a[0], a[1], a[2], a[3], a[4], a[5])));
        return out;
    }

    private static String key(int budget, boolean fill) {
        return budget + (fill ? "/cut" : "/whole");
    }

    /** The tuning objective: mean ROUGE-2 F1 over both budgets and both modes. */
    private static double objective(List<Doc> docs, Method method) {
        double sum = 0;
        for (Doc d : docs) {
            Picker picker = method.prepare(d);
            for (int budget : BUDGETS) {
                for (boolean fill : MODES) {
                    sum +=
                            Rouge.ngrams(tokens(d, picker.pick(budget, fill), budget), d.reference(), 2)
                                    .f1();
                }
            }
        }
        return sum / (docs.size() * BUDGETS.length * MODES.length);
    }

    // ---- Tuning: each method gets its defaults plus (n - 1) seeded random draws.

    private static <T> T best(List<Trial<T>> trials) {
        trials.sort(Comparator.comparingDouble(t -> -t.objective()));
        return trials.get(0).setting();
    }

    /**
     * The same search for every tuned method: its starting point, then {@code n/2 - 1} random
     * settings, then local moves around the best so far until {@code n} settings are tried.
     */
    private static <T> List<Trial<T>> search(
            int n,
            T start,
            Function<Random, T> draw,
            java.util.function.BiFunction<T, Random, T> move,
            java.util.function.ToDoubleFunction<T> objective) {
        Random random = new Random(15);
        List<Trial<T>> trials = new ArrayList<>();
        Trial<T> best = null;
        for (int t = 0; t < n; t++) {
            T setting = t == 0 ? start : t < n / 2 ? draw.apply(random) : move.apply(best.setting(), random);
            Trial<T> trial = new Trial<>(setting, objective.applyAsDouble(setting));
            trials.add(trial);
            if (best == null || trial.objective() > best.objective()) {
                best = trial;
            }
        }
        return trials;
    }

    private static double step(double x, double low, double high, Random random) {
        return Math.max(low, Math.min(high, x + 0.1 * (high - low) * random.nextGaussian()));
    }

    private static boolean flip(boolean b, Random random) {
        return random.nextDouble() < 0.2 ? !b : b;
    }

    private static LexRankSetting tuneLexRank(List<Doc> dev, Idf background, int n) {
        List<Trial<LexRankSetting>> trials =
                search(
                        n,
                        new LexRankSetting(LexRank.Options.defaults(), false),
                        r ->
                                new LexRankSetting(
                                        new LexRank.Options(
                                                0.3 * r.nextDouble(), 0.05 + 0.3 * r.nextDouble(), 1e-8, 200),
                                        r.nextBoolean()),
                        (s, r) ->
                                new LexRankSetting(
                                        new LexRank.Options(
                                                step(s.options().threshold(), 0, 0.3, r),
                                                step(s.options().damping(), 0.05, 0.35, r),
                                                1e-8,
                                                200),
                                        flip(s.backgroundIdf(), r)),
                        s -> objective(dev, lexRank(s, background)));
        printTuning("LexRank", trials);
        return best(trials);
    }

    private static TextRank.Options tuneTextRank(List<Doc> dev, int n) {
        List<Trial<TextRank.Options>> trials =
                search(
                        n,
                        TextRank.Options.defaults(),
                        r -> new TextRank.Options(0.5 + 0.49 * r.nextDouble(), r.nextBoolean(), r.nextBoolean()),
                        (o, r) ->
                                new TextRank.Options(
                                        step(o.damping(), 0.5, 0.99, r), flip(o.stem(), r), flip(o.stopWords(), r)),
                        o -> objective(dev, textRank(o)));
        printTuning("TextRank", trials);
        return best(trials);
    }

    /** Where the summariser's search starts: its settings before word budgets (k = 3 era). */
    static final Summarizer.Options SUMMARIZER_START =
            new Summarizer.Options(8, 0.2, 4.0, 0.5, 0.5, 0.9, 0.92, Summarizer.DEFAULT_WORDS, 0, 0);

    private static SummarizerSetting tuneSummarizer(
            List<Doc> dev, Embedder embedder, Idf background, int n) {
        Summarizer.Options o0 = SUMMARIZER_START;
        // Graphs depend only on the idf choice: build them once for each.
        Map<Boolean, IdentityHashMap<Doc, Summarizer.SentenceGraph>> graphs = new LinkedHashMap<>();
        for (boolean b : new boolean[] {false, true}) {
            Summarizer builder = new Summarizer(embedder, o0, b ? background : null);
            IdentityHashMap<Doc, Summarizer.SentenceGraph> byDoc = new IdentityHashMap<>();
            for (Doc d : dev) {
                byDoc.put(d, builder.graph(d.article(), d.vectors()));
            }
            graphs.put(b, byDoc);
        }
        List<Trial<SummarizerSetting>> trials =
                search(
                        n,
                        new SummarizerSetting(o0, false),
                        r ->
                                new SummarizerSetting(
                                        new Summarizer.Options(
                                                o0.k(),
                                                0.6 * r.nextDouble(),
                                                Math.pow(2, 4 * r.nextDouble()),
                                                -1 + 2 * r.nextDouble(),
                                                r.nextDouble(),
                                                0.6 + 0.4 * r.nextDouble(),
                                                o0.duplicateCutoff(),
                                                o0.words(),
                                                -0.5 + r.nextDouble(),
                                                r.nextDouble()),
                                        r.nextBoolean()),
                        (s, r) -> {
                            Summarizer.Options o = s.options();
                            double log2HalfLife = Math.log(o.positionHalfLife()) / Math.log(2);
                            return new SummarizerSetting(
                                    new Summarizer.Options(
                                            o.k(),
                                            step(o.positionWeight(), 0, 0.6, r),
                                            Math.pow(2, step(log2HalfLife, 0, 4, r)),
                                            step(o.lengthExponent(), -1, 1, r),
                                            step(o.lexicalWeight(), 0, 1, r),
                                            step(o.lambda(), 0.6, 1, r),
                                            o.duplicateCutoff(),
                                            o.words(),
                                            step(o.quoteWeight(), -0.5, 0.5, r),
                                            step(o.overlapWeight(), 0, 1, r)),
                                    flip(s.backgroundIdf(), r));
                        },
                        s -> {
                            Summarizer summarizer = new Summarizer(embedder, s.options());
                            IdentityHashMap<Doc, Summarizer.SentenceGraph> byDoc =
                                    graphs.get(s.backgroundIdf());
                            return objective(
                                    dev,
                                    d -> {
                                        Summarizer.SentenceGraph graph = byDoc.get(d);
                                        return (budget, fill) ->
                                                summarizer
                                                        .selection(graph, Integer.MAX_VALUE, budget, fill)
                                                        .stream()
                                                        .map(i -> graph.candidates().get(i).index())
                                                        .toList();
                                    });
                        });
        printTuning("Summarizer", trials);
        return best(trials);
    }

    private static <T> void printTuning(String name, List<Trial<T>> trials) {
        System.out.printf(
                Locale.ROOT,
                "%s tuning on dev: defaults score %.4f; the best %d of %d settings:%n",
                name,
                trials.get(0).objective(),
                Math.min(3, trials.size()),
                trials.size());
        trials.stream()
                .sorted(Comparator.comparingDouble(t -> -t.objective()))
                .limit(3)
                .forEach(t -> System.out.printf(Locale.ROOT, "  %.4f  %s%n", t.objective(), t.setting()));
    }

    // ---- Reports

    private static void printTables(Map<String, Map<String, Scores>> results, int n) {
        for (boolean fill : MODES) {
            System.out.printf(
                    Locale.ROOT,
                    "%n%s, test split (%d documents), ROUGE F1 (Porter-stemmed) and ROUGE-2 recall:%n",
                    fill
                            ? "DUC-style: sentences added until the budget, cut at the budget"
                            : "Whole sentences within the budget (what a briefing card shows)",
                    n);
            System.out.println(
                    "| method | budget | mean words | mean sentences | ROUGE-1 | ROUGE-2 | ROUGE-L | R-2 recall |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            for (int budget : BUDGETS) {
                for (Map.Entry<String, Map<String, Scores>> e : results.entrySet()) {
                    Scores s = e.getValue().get(key(budget, fill));
                    System.out.printf(
                            Locale.ROOT,
                            "| %s | %d | %.1f | %.2f | %.4f | %.4f | %.4f | %.4f |%n",
                            e.getKey(),
                            budget,
                            Scores.mean(s.words()),
                            Scores.mean(s.sentences()),
                            Scores.mean(s.r1()),
                            Scores.mean(s.r2()),
                            Scores.mean(s.rl()),
                            Scores.mean(s.r2Recall()));
                }
            }
        }
    }

    private static void printDifferences(
            Map<String, Map<String, Scores>> results, String ours, int resamples) {
        System.out.printf(
                Locale.ROOT,
                "%n%s minus each method, ROUGE-2 F1, test split, paired bootstrap 95%% interval"
                        + " (%d resamples of the documents):%n",
                ours,
                resamples);
        System.out.println("| minus | budget | mode | difference | 95% interval | excludes 0 |");
        System.out.println("|---|---:|---|---:|---|---|");
        for (Map.Entry<String, Map<String, Scores>> e : results.entrySet()) {
            if (e.getKey().equals(ours) || e.getKey().startsWith("Summarizer")) {
                continue;
            }
            for (int budget : BUDGETS) {
                for (boolean fill : MODES) {
                    String k = key(budget, fill);
                    PairedBootstrap.Interval ci =
                            PairedBootstrap.of(
                                    results.get(ours).get(k).r2(), e.getValue().get(k).r2(), resamples, 15);
                    System.out.printf(
                            Locale.ROOT,
                            "| %s | %d | %s | %+.4f | [%+.4f, %+.4f] | %s |%n",
                            e.getKey(),
                            budget,
                            fill ? "cut" : "whole",
                            ci.mean(),
                            ci.low(),
                            ci.high(),
                            ci.excludesZero() ? "yes" : "no");
                }
            }
        }
    }

    // ---- Noise

    private static void noise(
            List<Doc> test,
            SentenceEmbedder embedder,
            Map<String, float[][]> cache,
            Settings settings,
            LexRankSetting lexSetting,
            TextRank.Options textSetting,
            Summarizer.Options shipped) {
        List<Double> levels = new ArrayList<>();
        levels.add(0.0);
        Arrays.stream(settings.noise()).forEach(levels::add);
        int budget = BUDGETS[0];
        Map<String, double[][]> table = new LinkedHashMap<>();
        Map<Double, List<String>> differences = new LinkedHashMap<>();
        for (int l = 0; l < levels.size(); l++) {
            double rate = levels.get(l);
            long t0 = System.nanoTime();
            List<Doc> english = new ArrayList<>();
            List<Doc> withSource = new ArrayList<>();
            for (Doc d : test) {
                List<String> noisy =
                        TranslationNoise.apply(
                                d.clean(), rate, d.document().name().hashCode() * 1000L + l);
                float[][] vectors = rate == 0 ? d.vectors() : embed(embedder, cache, noisy);
                List<Sentence> en = new ArrayList<>();
                List<Sentence> src = new ArrayList<>();
                for (int i = 0; i < noisy.size(); i++) {
                    en.add(Sentence.english(i, noisy.get(i)));
                    src.add(new Sentence(i, d.clean().get(i), noisy.get(i)));
                }
                english.add(d.withArticle(en, vectors));
                withSource.add(d.withArticle(src, vectors));
            }
            System.out.printf(
                    Locale.ROOT, "noise %.2f: documents ready in %.0f s%n", rate, seconds(t0));
            saveCache(settings, cache);
            Idf background = background(english);
            Map<String, Map<String, Scores>> results = new LinkedHashMap<>();
            results.put("LEAD", score(english, lead()));
            results.put("LexRank", score(english, lexRank(lexSetting, background)));
            results.put("TextRank", score(english, textRank(textSetting)));
            SummarizerSetting s = new SummarizerSetting(shipped, false);
            results.put("Summarizer, English only", score(english, summarizer(embedder, background, s)));
            results.put(
                    "Summarizer with the source side",
                    score(withSource, summarizer(embedder, background, s)));
            for (Map.Entry<String, Map<String, Scores>> e : results.entrySet()) {
                double[][] row = table.computeIfAbsent(e.getKey(), k -> new double[2][levels.size()]);
                row[0][l] = Scores.mean(e.getValue().get(key(budget, true)).r2());
                row[1][l] = Scores.mean(e.getValue().get(key(budget, false)).r2());
            }
            List<String> lines = new ArrayList<>();
            for (String other : List.of("LEAD", "LexRank", "TextRank")) {
                for (boolean fill : MODES) {
                    PairedBootstrap.Interval ci =
                            PairedBootstrap.of(
                                    results.get("Summarizer with the source side").get(key(budget, fill)).r2(),
                                    results.get(other).get(key(budget, fill)).r2(),
                                    settings.resamples(),
                                    15);
                    lines.add(
                            String.format(
                                    Locale.ROOT,
                                    "%s, %s: %+.4f [%+.4f, %+.4f]",
                                    other,
                                    fill ? "cut" : "whole",
                                    ci.mean(),
                                    ci.low(),
                                    ci.high()));
                }
            }
            differences.put(rate, lines);
        }
        for (int m = 0; m < 2; m++) {
            System.out.printf(
                    Locale.ROOT,
                    "%nROUGE-2 F1 against translation-like noise, %d test documents, %d words, %s;"
                            + " the choice is scored on the clean text:%n",
                    test.size(),
                    budget,
                    m == 0 ? "cut at the budget" : "whole sentences");
            StringBuilder header = new StringBuilder("| method |");
            StringBuilder rule = new StringBuilder("|---|");
            for (double rate : levels) {
                header.append(String.format(Locale.ROOT, " noise %.2f |", rate));
                rule.append("---:|");
            }
            System.out.println(header);
            System.out.println(rule);
            for (Map.Entry<String, double[][]> e : table.entrySet()) {
                StringBuilder row = new StringBuilder("| " + e.getKey() + " |");
                for (double v : e.getValue()[m]) {
                    row.append(String.format(Locale.ROOT, " %.4f |", v));
                }
                System.out.println(row);
            }
        }
        System.out.println(
                "\nSummarizer with the source side minus each baseline, ROUGE-2 F1, paired bootstrap 95%:");
        differences.forEach(
                (rate, lines) ->
                        lines.forEach(
                                line -> System.out.printf(Locale.ROOT, "  noise %.2f  %s%n", rate, line)));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
