package nashra.summarize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores Lead3, LexRank and the {@link Summarizer} with ROUGE on the BBC News Summary set and
 * prints a table of mean F1 values. All three pick the same number of sentences {@code k}.
 *
 * <p>The set is split by file number: every fifth document of each category is <em>dev</em>
 * (361), the rest <em>test</em> (1,447). With {@code --tune} the summariser's position prior and
 * MMR settings, and LexRank's threshold and idf source, are chosen by mean ROUGE-2 F1 on dev, and
 * the table is reported on test; without it the built-in defaults are used.
 *
 * <pre>
 * mvn -q -B compile exec:java -Dexec.mainClass=nashra.summarize.SummaryEvaluation \
 *     -Dexec.args="--data ../shared/eval/summaries-en --k 3 --tune"
 * </pre>
 *
 * Options: {@code --data DIR} (default {@code ../shared/eval/summaries-en}), {@code --k N}
 * (default 3), {@code --split dev|test|all} (default test), {@code --tune}, {@code --no-stem},
 * {@code --threads N} (ONNX Runtime threads, default 2), {@code --cache FILE} (keep the sentence
 * vectors between runs, keyed by the article's text; only for repeated experiments).
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

    /** A document with what every scoring run needs computed once. */
    private record Prepared(
            BbcSummaries.Document document,
            List<Sentence> article,
            float[][] vectors,
            List<List<String>> sentenceTokens,
            List<String> referenceTokens) {}

    /** Mean F1 values over a set of documents. */
    private record Means(double rouge1, double rouge2, double rougeL) {}

    private SummaryEvaluation() {}

    public static void main(String[] args) {
        Settings settings = Settings.parse(args);
        long start = System.nanoTime();
        List<BbcSummaries.Document> documents = BbcSummaries.read(settings.data());
        if (documents.isEmpty()) {
            throw new IllegalStateException("no documents under " + settings.data().toAbsolutePath());
        }
        System.out.printf(
                Locale.ROOT,
                "%d documents from %s; sentences found verbatim in the reference cover %.1f%% of"
                        + " its characters (a check of the sentence splitter)%n",
                documents.size(),
                settings.data(),
                100 * referenceCoverage(documents));

        SentenceEmbedder.Options embedderOptions =
                new SentenceEmbedder.Options(32, 256, settings.threads());
        try (SentenceEmbedder embedder = SentenceEmbedder.load(embedderOptions)) {
            long embedStart = System.nanoTime();
            List<Prepared> prepared = prepare(documents, embedder, settings.stem(), settings.cache());
            double embedSeconds = seconds(embedStart);
            int sentences = prepared.stream().mapToInt(p -> p.article().size()).sum();
            System.out.printf(
                    Locale.ROOT,
                    "embedded %d sentences in %.1f s (%.0f sentences/s, %d ONNX Runtime threads)%n",
                    sentences, embedSeconds, sentences / embedSeconds, settings.threads());

            List<Prepared> dev = prepared.stream().filter(p -> p.document().isDev()).toList();
            List<Prepared> reported =
                    switch (settings.split()) {
                        case "dev" -> dev;
                        case "test" -> prepared.stream().filter(p -> !p.document().isDev()).toList();
                        default -> prepared;
                    };

            Summarizer.Options summarizerOptions = Summarizer.Options.defaults().withK(settings.k());
            LexRank lexRank = new LexRank();
            if (settings.tune()) {
                long tuneStart = System.nanoTime();
                summarizerOptions = tuneSummarizer(dev, embedder, settings.k());
                lexRank = tuneLexRank(dev, documents, settings.k());
                System.out.printf(Locale.ROOT, "tuning took %.1f s%n", seconds(tuneStart));
            }

            Summarizer summarizer = new Summarizer(embedder, summarizerOptions);
            int k = settings.k();
            List<Row> rows = new ArrayList<>();
            rows.add(new Row("Lead3", means(reported, p -> new Lead3().pick(p.article(), k))));
            LexRank chosenLexRank = lexRank;
            rows.add(new Row("LexRank", means(reported, p -> chosenLexRank.pick(p.article(), k))));
            rows.add(
                    new Row(
                            "Summarizer",
                            means(reported, p -> summarizer.pick(p.article(), p.vectors(), k))));
            printTable(rows, settings, reported.size());
            System.out.println("Summarizer: " + summarizerOptions);
            System.out.println(chosenLexRank);
            System.out.printf(Locale.ROOT, "total %.1f s%n", seconds(start));
        }
    }

    private record Row(String method, Means means) {}

    private interface Picks {
        List<Sentence> pick(Prepared p);
    }

    private static List<Prepared> prepare(
            List<BbcSummaries.Document> documents, SentenceEmbedder embedder, boolean stem, Path cache) {
        Map<String, float[][]> cached = cache == null ? Map.of() : EmbeddingCache.read(cache);
        Map<String, float[][]> computed = new java.util.LinkedHashMap<>();
        List<Prepared> out = new ArrayList<>();
        for (BbcSummaries.Document d : documents) {
            List<Sentence> article = d.asArticle();
            String key = EmbeddingCache.key(d.sentences());
            float[][] vectors = cached.get(key);
            if (vectors == null) {
                // One call per article, as Summarizer.pick(article, k) would make.
                vectors = embedder.embed(d.sentences());
            }
            computed.put(key, vectors);
            List<List<String>> tokens = d.sentences().stream().map(s -> Tokens.of(s, stem)).toList();
            out.add(new Prepared(d, article, vectors, tokens, Tokens.of(d.reference(), stem)));
        }
        if (cache != null && !computed.keySet().equals(cached.keySet())) {
            EmbeddingCache.write(cache, computed);
        }
        return out;
    }

    /** ROUGE means of one picker; tokens are cached per sentence, which scores the same as joining the text. */
    private static Means means(List<Prepared> docs, Picks picks) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        for (Prepared p : docs) {
            List<String> candidate = new ArrayList<>();
            for (Sentence s : picks.pick(p)) {
                candidate.addAll(p.sentenceTokens().get(s.index()));
            }
            r1 += Rouge.ngrams(candidate, p.referenceTokens(), 1).f1();
            r2 += Rouge.ngrams(candidate, p.referenceTokens(), 2).f1();
            rl += Rouge.longestCommonSubsequence(candidate, p.referenceTokens()).f1();
        }
        int n = docs.size();
        return new Means(r1 / n, r2 / n, rl / n);
    }

    private static double meanRouge2(List<Prepared> docs, Picks picks) {
        double sum = 0;
        for (Prepared p : docs) {
            List<String> candidate = new ArrayList<>();
            for (Sentence s : picks.pick(p)) {
                candidate.addAll(p.sentenceTokens().get(s.index()));
            }
            sum += Rouge.ngrams(candidate, p.referenceTokens(), 2).f1();
        }
        return sum / docs.size();
    }

    private record Trial<T>(T setting, double rouge2) {}

    /** Grid search on dev by mean ROUGE-2 F1. */
    private static Summarizer.Options tuneSummarizer(List<Prepared> dev, Embedder embedder, int k) {
        List<Trial<Summarizer.Options>> trials = new ArrayList<>();
        double[] weights = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};
        double[] halfLives = {1, 2, 3, 4, 6, 8, 12, 16};
        double[] lambdas = {0.5, 0.6, 0.7, 0.8, 0.9, 1};
        double[] cutoffs = {0.85, 0.9, 0.95, 1.01};
        for (double w : weights) {
            for (double h : halfLives) {
                for (double lambda : lambdas) {
                    for (double cutoff : cutoffs) {
                        Summarizer.Options o = new Summarizer.Options(k, w, h, lambda, cutoff);
                        Summarizer s = new Summarizer(embedder, o);
                        trials.add(new Trial<>(o, meanRouge2(dev, p -> s.pick(p.article(), p.vectors(), k))));
                    }
                }
            }
        }
        trials.sort(Comparator.comparingDouble(t -> -t.rouge2()));
        System.out.printf(Locale.ROOT, "Summarizer tuning on dev (%d documents, %d settings), best by ROUGE-2 F1:%n",
                dev.size(), trials.size());
        for (Trial<Summarizer.Options> t : trials.subList(0, Math.min(5, trials.size()))) {
            System.out.printf(Locale.ROOT, "  %.4f  %s%n", t.rouge2(), t.setting());
        }
        Summarizer.Options defaults = Summarizer.Options.defaults().withK(k);
        Summarizer d = new Summarizer(embedder, defaults);
        System.out.printf(Locale.ROOT, "  %.4f  built-in defaults %s%n",
                meanRouge2(dev, p -> d.pick(p.article(), p.vectors(), k)), defaults);
        return trials.get(0).setting();
    }

    /** The same care for the baseline: threshold and idf source chosen on dev. */
    private static LexRank tuneLexRank(List<Prepared> dev, List<BbcSummaries.Document> all, int k) {
        // Background idf over all article bodies: unsupervised, no summary is looked at.
        List<String> bodies = all.stream().map(d -> String.join(" ", d.sentences())).toList();
        Map<String, Integer> df = LexRank.documentFrequencies(bodies);
        List<Trial<LexRank>> trials = new ArrayList<>();
        for (double threshold : new double[] {0.05, 0.1, 0.15, 0.2, 0.3}) {
            LexRank.Options o = new LexRank.Options(threshold, 0.15, 1e-8, 200);
            for (LexRank l : List.of(new LexRank(o, Map.of(), 0), new LexRank(o, df, bodies.size()))) {
                trials.add(new Trial<>(l, meanRouge2(dev, p -> l.pick(p.article(), k))));
            }
        }
        trials.sort(Comparator.comparingDouble(t -> -t.rouge2()));
        System.out.println("LexRank tuning on dev, best by ROUGE-2 F1:");
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
        System.out.println("| method     | ROUGE-1 | ROUGE-2 | ROUGE-L |");
        System.out.println("|------------|---------|---------|---------|");
        for (Row r : rows) {
            System.out.printf(
                    Locale.ROOT,
                    "| %-10s | %.4f  | %.4f  | %.4f  |%n",
                    r.method(),
                    r.means().rouge1(),
                    r.means().rouge2(),
                    r.means().rougeL());
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
