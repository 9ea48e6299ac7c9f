package nashra.summarize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores Lead3, LexRank and the {@link Summarizer} with ROUGE on the BBC News Summary set and
 * prints a table of mean F1 values. All three pick the same number of sentences {@code k}.
 *
 * <p>The set is split by file number: every fifth document of each category is <em>dev</em> (361),
 * the rest <em>test</em> (1,447). With {@code --tune} the summariser's settings and LexRank's
 * threshold, and for both whether words are weighed by a background idf (all 1,808 article bodies,
 * no summaries) or by the article's own sentences, are chosen by mean ROUGE-2 F1 on dev; the table
 * is then reported on test. Without it the built-in defaults are used.
 *
 * <pre>
 * mvn -q -B compile exec:java -Dexec.mainClass=nashra.summarize.SummaryEvaluation \
 *     -Dexec.args="--tune"
 * </pre>
 *
 * Options: {@code --data DIR} (default {@code ../shared/eval/summaries-en}, the shared folder
 * beside the checkout), {@code --k N} (default 3), {@code --split dev|test|all} (default test),
 * {@code --tune}, {@code --no-stem}, {@code --threads N} (ONNX Runtime threads, default 2), {@code
 * --cache FILE} (keep the sentence vectors between runs, keyed by the article's text; only for
 * repeated experiments).
 */
public final class SummaryEvaluation {

    private record Settings(
            Path data, int k, String split, boolean tune, boolean stem, int threads, Path cache) {
        static Settings parse(String[] args) {
            Path data = Path.of("../shared/eval/summaries-en");
            int k = 3;
            String split = "test";
            boolean tune = false;
            boolean stem = true;
            int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
            Path cache = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(args[++i]);
                    case "--k" -> k = Integer.parseInt(args[++i]);
                    case "--split" -> split = args[++i];
                    case "--tune" -> tune = true;
                    case "--no-stem" -> stem = false;
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--cache" -> cache = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (!List.of("dev", "test", "all").contains(split)) {
                throw new IllegalArgumentException("--split must be dev, test or all");
            }
            return new Settings(data, k, split, tune, stem, threads, cache);
        }
    }

    /** A document with what every scoring run needs, computed once. */
    private record Prepared(
            BbcSummaries.Document document,
            List<Sentence> article,
            float[][] vectors,
            List<List<String>> sentenceTokens,
            List<String> referenceTokens) {}

    /** Mean F1 values, and each document's ROUGE-2 F1 for paired comparisons. */
    private record Means(double rouge1, double rouge2, double rougeL, double[] rouge2PerDocument) {}

    private record Row(String method, Means means) {}

    private record Trial<T>(T setting, double rouge2) {}

    /** A summariser setting: its options and whether it weighs words by the background idf. */
    private record SummarizerSetting(Summarizer.Options options, boolean backgroundIdf) {
        @Override
        public String toString() {
            return options + (backgroundIdf ? " idf=background" : " idf=article");
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
                Locale.ROOT,
                "%d documents from %s; sentences found verbatim in the reference cover %.1f%% of"
                        + " its characters (a check of the sentence splitter)%n",
                documents.size(),
                settings.data(),
                100 * referenceCoverage(documents));
        // Unsupervised background word weights: every article body, no summary looked at.
        Idf background =
                Idf.fromDocuments(
                        documents.stream().map(d -> String.join(" ", d.sentences())).toList());

        SentenceEmbedder.Options embedderOptions =
                new SentenceEmbedder.Options(32, 256, settings.threads());
        try (SentenceEmbedder embedder = SentenceEmbedder.load(embedderOptions)) {
            List<Prepared> prepared = prepare(documents, embedder, settings);
            List<Prepared> dev = prepared.stream().filter(p -> p.document().isDev()).toList();
            List<Prepared> reported =
                    switch (settings.split()) {
                        case "dev" -> dev;
                        case "test" ->
                                prepared.stream().filter(p -> !p.document().isDev()).toList();
                        default -> prepared;
                    };
            int k = settings.k();

            SummarizerSetting summarizerSetting =
                    new SummarizerSetting(Summarizer.Options.defaults().withK(k), false);
            LexRank lexRank = new LexRank();
            List<Row> ablations = new ArrayList<>();
            if (settings.tune()) {
                long tuneStart = System.nanoTime();
                List<Trial<SummarizerSetting>> trials =
                        tuneSummarizer(dev, embedder, background, k);
                summarizerSetting = trials.get(0).setting();
                lexRank = tuneLexRank(dev, background, k);
                System.out.printf(Locale.ROOT, "tuning took %.1f s%n", seconds(tuneStart));
                // The best dev setting of the summariser without each of its two similarity kinds.
                for (var ablation :
                        List.of(
                                Map.entry(
                                        "  embeddings only",
                                        (Predicate<SummarizerSetting>)
                                                s -> s.options().lexicalWeight() == 0),
                                Map.entry(
                                        "  TF-IDF only",
                                        (Predicate<SummarizerSetting>)
                                                s -> s.options().lexicalWeight() == 1))) {
                    SummarizerSetting s =
                            trials.stream()
                                    .map(Trial::setting)
                                    .filter(ablation.getValue())
                                    .findFirst()
                                    .orElseThrow();
                    ablations.add(
                            new Row(
                                    ablation.getKey(),
                                    means(reported, summarizerPicks(embedder, background, s, k))));
                }
            }

            List<Row> rows = new ArrayList<>();
            rows.add(new Row("Lead3", means(reported, p -> new Lead3().pick(p.article(), k))));
            LexRank chosenLexRank = lexRank;
            rows.add(new Row("LexRank", means(reported, p -> chosenLexRank.pick(p.article(), k))));
            rows.add(
                    new Row(
                            "Summarizer",
                            means(
                                    reported,
                                    summarizerPicks(embedder, background, summarizerSetting, k))));
            rows.addAll(ablations);
            printTable(rows, settings, reported.size());
            printPairedDifferences(rows.get(2), rows);
            System.out.println("Summarizer: " + summarizerSetting);
            System.out.println(chosenLexRank);
            System.out.printf(Locale.ROOT, "total %.1f s%n", seconds(start));
        }
    }

    private static Function<Prepared, List<Sentence>> summarizerPicks(
            Embedder embedder, Idf background, SummarizerSetting setting, int k) {
        Summarizer s =
                new Summarizer(
                        embedder, setting.options(), setting.backgroundIdf() ? background : null);
        return p -> s.pick(p.article(), p.vectors(), k);
    }

    private static List<Prepared> prepare(
            List<BbcSummaries.Document> documents, SentenceEmbedder embedder, Settings settings) {
        Map<String, float[][]> cached =
                settings.cache() == null ? Map.of() : EmbeddingCache.read(settings.cache());
        Map<String, float[][]> all = new LinkedHashMap<>();
        List<Prepared> out = new ArrayList<>();
        long embedNanos = 0;
        int embedded = 0;
        for (BbcSummaries.Document d : documents) {
            String key = EmbeddingCache.key(d.sentences());
            float[][] vectors = cached.get(key);
            if (vectors == null) {
                long t = System.nanoTime();
                // One call per article, as Summarizer.pick(article, k) would make.
                vectors = embedder.embed(d.sentences());
                embedNanos += System.nanoTime() - t;
                embedded += d.sentences().size();
            }
            all.put(key, vectors);
            List<List<String>> tokens =
                    d.sentences().stream().map(s -> Tokens.of(s, settings.stem())).toList();
            out.add(
                    new Prepared(
                            d,
                            d.asArticle(),
                            vectors,
                            tokens,
                            Tokens.of(d.reference(), settings.stem())));
        }
        int total = out.stream().mapToInt(p -> p.article().size()).sum();
        if (embedded > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "embedded %d sentences in %.1f s (%.0f sentences/s, %d ONNX Runtime threads)%n",
                    embedded,
                    embedNanos / 1e9,
                    embedded / (embedNanos / 1e9),
                    settings.threads());
        }
        if (embedded < total) {
            System.out.printf(
                    Locale.ROOT,
                    "%d sentence vectors read from %s%n",
                    total - embedded,
                    settings.cache());
        }
        if (settings.cache() != null && embedded > 0) {
            EmbeddingCache.write(settings.cache(), all);
        }
        return out;
    }

    /**
     * ROUGE means of one picker; tokens are cached per sentence, which scores the same as joining
     * the text.
     */
    private static Means means(List<Prepared> docs, Function<Prepared, List<Sentence>> picks) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        double[] perDocument = new double[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            Prepared p = docs.get(i);
            List<String> candidate = candidateTokens(p, picks.apply(p));
            r1 += Rouge.ngrams(candidate, p.referenceTokens(), 1).f1();
            perDocument[i] = Rouge.ngrams(candidate, p.referenceTokens(), 2).f1();
            r2 += perDocument[i];
            rl += Rouge.longestCommonSubsequence(candidate, p.referenceTokens()).f1();
        }
        int n = docs.size();
        return new Means(r1 / n, r2 / n, rl / n, perDocument);
    }

    private static double meanRouge2(
            List<Prepared> docs, Function<Prepared, List<Sentence>> picks) {
        double sum = 0;
        for (Prepared p : docs) {
            sum += Rouge.ngrams(candidateTokens(p, picks.apply(p)), p.referenceTokens(), 2).f1();
        }
        return sum / docs.size();
    }

    private static List<String> candidateTokens(Prepared p, List<Sentence> picked) {
        List<String> candidate = new ArrayList<>();
        for (Sentence s : picked) {
            candidate.addAll(p.sentenceTokens().get(s.index()));
        }
        return candidate;
    }

    /** Grid search on dev by mean ROUGE-2 F1; returns all trials, best first. */
    private static List<Trial<SummarizerSetting>> tuneSummarizer(
            List<Prepared> dev, Embedder embedder, Idf background, int k) {
        // The duplicate cutoff is not tuned: BBC articles are single-source and have no repeats,
        // so any cutoff above 0.9 scores the same here. It is set for multi-source news.
        double cutoff = Summarizer.Options.defaults().duplicateCutoff();
        List<Trial<SummarizerSetting>> trials = new ArrayList<>();
        for (boolean useBackground : new boolean[] {false, true}) {
            // The similarity graphs do not depend on the options: build them once per article.
            Summarizer builder =
                    new Summarizer(
                            embedder,
                            Summarizer.Options.defaults(),
                            useBackground ? background : null);
            List<Summarizer.SentenceGraph> graphs =
                    dev.stream().map(p -> builder.graph(p.article(), p.vectors())).toList();
            for (double w : new double[] {0, 0.1, 0.2, 0.3, 0.4}) {
                for (double h : new double[] {1, 2, 4, 8}) {
                    for (double length : new double[] {0, 0.25, 0.5, 0.75, 1}) {
                        for (double beta : new double[] {0, 0.25, 0.5, 0.75, 1}) {
                            for (double lambda : new double[] {0.8, 0.9, 1}) {
                                Summarizer.Options o =
                                        new Summarizer.Options(
                                                k, w, h, length, beta, lambda, cutoff);
                                Summarizer s = new Summarizer(embedder, o);
                                double sum = 0;
                                for (int i = 0; i < dev.size(); i++) {
                                    List<String> candidate =
                                            candidateTokens(dev.get(i), s.choose(graphs.get(i), k));
                                    sum +=
                                            Rouge.ngrams(candidate, dev.get(i).referenceTokens(), 2)
                                                    .f1();
                                }
                                trials.add(
                                        new Trial<>(
                                                new SummarizerSetting(o, useBackground),
                                                sum / dev.size()));
                            }
                        }
                    }
                }
            }
        }
        trials.sort(Comparator.comparingDouble(t -> -t.rouge2()));
        System.out.printf(
                Locale.ROOT,
                "Summarizer tuning on dev (%d documents, %d settings), mean ROUGE-2 F1:%n",
                dev.size(),
                trials.size());
        for (Trial<SummarizerSetting> t : trials.subList(0, 5)) {
            System.out.printf(Locale.ROOT, "  %.4f  %s%n", t.rouge2(), t.setting());
        }
        // How much each ingredient matters: the best setting without it.
        printBest(trials, "without position prior", s -> s.options().positionWeight() == 0);
        printBest(trials, "without length preference", s -> s.options().lengthExponent() == 0);
        printBest(trials, "without MMR (lambda 1)", s -> s.options().lambda() == 1);
        printBest(
                trials, "embeddings only (lexicalWeight 0)", s -> s.options().lexicalWeight() == 0);
        printBest(trials, "TF-IDF only (lexicalWeight 1)", s -> s.options().lexicalWeight() == 1);
        printBest(trials, "idf from the article", s -> !s.backgroundIdf());
        printBest(
                trials,
                "embedding centrality only",
                s ->
                        s.options().positionWeight() == 0
                                && s.options().lengthExponent() == 0
                                && s.options().lexicalWeight() == 0
                                && s.options().lambda() == 1);
        Summarizer.Options defaults = Summarizer.Options.defaults().withK(k);
        printBest(
                trials,
                "built-in defaults",
                s -> s.options().equals(defaults) && !s.backgroundIdf());
        return trials;
    }

    private static void printBest(
            List<Trial<SummarizerSetting>> sorted,
            String label,
            Predicate<SummarizerSetting> filter) {
        sorted.stream()
                .filter(t -> filter.test(t.setting()))
                .findFirst()
                .ifPresent(
                        t ->
                                System.out.printf(
                                        Locale.ROOT,
                                        "  %.4f  best %s: %s%n",
                                        t.rouge2(),
                                        label,
                                        t.setting()));
    }

    /** The same care for the baseline: threshold and idf source chosen on dev. */
    private static LexRank tuneLexRank(List<Prepared> dev, Idf background, int k) {
        List<Trial<LexRank>> trials = new ArrayList<>();
        for (double threshold : new double[] {0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3}) {
            LexRank.Options o = new LexRank.Options(threshold, 0.15, 1e-8, 200);
            for (LexRank l : List.of(new LexRank(o, null), new LexRank(o, background))) {
                trials.add(new Trial<>(l, meanRouge2(dev, p -> l.pick(p.article(), k))));
            }
        }
        trials.sort(Comparator.comparingDouble(t -> -t.rouge2()));
        System.out.printf(
                Locale.ROOT,
                "LexRank tuning on dev (%d settings), mean ROUGE-2 F1:%n",
                trials.size());
        for (Trial<LexRank> t : trials.subList(0, 3)) {
            System.out.printf(Locale.ROOT, "  %.4f  %s%n", t.rouge2(), t.setting());
        }
        return trials.get(0).setting();
    }

    private static void printTable(List<Row> rows, Settings settings, int n) {
        System.out.printf(
                Locale.ROOT,
                "%nROUGE F1 means, %s split (%d documents), k=%d, %s%n",
                settings.split(),
                n,
                settings.k(),
                settings.stem() ? "Porter-stemmed" : "not stemmed");
        System.out.println("| method             | ROUGE-1 | ROUGE-2 | ROUGE-L |");
        System.out.println("|--------------------|---------|---------|---------|");
        for (Row r : rows) {
            System.out.printf(
                    Locale.ROOT,
                    "| %-18s | %.4f  | %.4f  | %.4f  |%n",
                    r.method(),
                    r.means().rouge1(),
                    r.means().rouge2(),
                    r.means().rougeL());
        }
    }

    /**
     * Mean per-document ROUGE-2 difference between the summariser and each other row, with a 95%
     * normal-approximation interval: the rows score the same documents, so the paired spread is
     * what says whether a gap is more than noise.
     */
    private static void printPairedDifferences(Row ours, List<Row> rows) {
        for (Row other : rows) {
            if (other == ours) {
                continue;
            }
            double[] a = ours.means().rouge2PerDocument();
            double[] b = other.means().rouge2PerDocument();
            int n = a.length;
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += a[i] - b[i];
            }
            mean /= n;
            double variance = 0;
            for (int i = 0; i < n; i++) {
                double d = a[i] - b[i] - mean;
                variance += d * d;
            }
            variance /= Math.max(1, n - 1);
            double halfWidth = 1.96 * Math.sqrt(variance / n);
            System.out.printf(
                    Locale.ROOT,
                    "Summarizer minus %s: ROUGE-2 %+.4f ± %.4f (95%%, paired over %d documents)%n",
                    other.method().trim(),
                    mean,
                    halfWidth,
                    n);
        }
    }

    /** Share of reference characters made of body sentences found in it verbatim. */
    private static double referenceCoverage(List<BbcSummaries.Document> documents) {
        long covered = 0;
        long total = 0;
        for (BbcSummaries.Document d : documents) {
            total += d.reference().length();
            for (String s : d.sentences()) {
                if (d.reference().contains(s)) {
                    covered += s.length();
                }
            }
        }
        return total == 0 ? 0 : (double) Math.min(covered, total) / total;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
