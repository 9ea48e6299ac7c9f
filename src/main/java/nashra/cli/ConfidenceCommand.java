package nashra.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nashra.article.Article;
import nashra.article.ArticleSource;
import nashra.article.ReadLimits;
import nashra.article.ReadResult;
import nashra.text.TextPipeline;
import nashra.translate.Translation;
import nashra.translate.check.Scripts;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;

/**
 * {@code nashra confidence --model-dir DIR [--beams N] [--threshold X] [--show N] PATH...}: the
 * distribution of the model's confidence score (mean token log-probability) over the sentences of
 * each PATH, to calibrate {@code min-confidence}: run it over sentences like the night's and over
 * sentences the model gets wrong, and put the threshold between. A PATH is an article file or a
 * folder of them in any format the briefing reads (a .txt of one sentence a line works too); each
 * is cleaned and split into sentences as the briefing does, and sentences without Arabic letters
 * are left out (the briefing never translates them).
 */
final class ConfidenceCommand {

    static final String USAGE = """
            usage: nashra confidence --model-dir DIR [--beams N] [--batch-size N] [--threads N]
                                     [--threshold X] [--show N] PATH...
              Prints, for each PATH (a text file or a folder of them), the distribution of the
              model's confidence score over its sentences: quantiles, a histogram, and the share
              below the threshold. Use it to set min-confidence in jobs/morning-briefing.yml.
              --threshold X     the threshold to report against (default -1.0, the job's default)
              --show N          also print the N lowest-scoring sentences of each PATH (default 0)""";

    static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
        Args args = new Args(argv, Set.of("model-dir", "beams", "batch-size", "threads", "threshold", "show"), Set.of());
        if (!args.has("model-dir")) {
            throw new Args.UsageException("--model-dir is required");
        }
        if (args.positional().isEmpty()) {
            throw new Args.UsageException("name at least one file or folder of sentences");
        }
        double threshold;
        try {
            threshold = Double.parseDouble(args.get("threshold", "-1.0"));
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--threshold must be a number such as -1.0");
        }
        int show = args.intValue("show", 0);
        MarianOptions options = MarianOptions.defaults()
                .withBeams(args.intValue("beams", 0))
                .withBatchSize(args.intValue("batch-size", 16))
                .withThreads(args.intValue("threads", Runtime.getRuntime().availableProcessors()));
        TextPipeline pipeline = new TextPipeline();
        try (MarianTranslator translator = MarianTranslator.load(Path.of(args.get("model-dir", "")), options)) {
            for (String name : args.positional()) {
                List<String> sentences = nashra.article.ArticleTexts.sentences(Path.of(name), pipeline).stream().filter(Scripts::hasArabicLetters)
                        .toList();
                List<Translation> translations = translator.translate(sentences);
                report(name, translations, threshold, show, out);
            }
        }
        return 0;
    }

    static void report(String name, List<Translation> translations, double threshold, int show, PrintStream out) {
        double[] scores = translations.stream().mapToDouble(Translation::confidence).filter(d -> !Double.isNaN(d))
                .sorted().toArray();
        out.printf(Locale.ROOT, "%s: %d sentences%n", name, scores.length);
        if (scores.length == 0) {
            return;
        }
        double mean = Arrays.stream(scores).average().orElse(Double.NaN);
        out.printf(Locale.ROOT, "  mean %.3f  min %.3f  p5 %.3f  p10 %.3f  p25 %.3f  median %.3f  p75 %.3f  p90 %.3f  max %.3f%n",
                mean, scores[0], quantile(scores, 0.05), quantile(scores, 0.10), quantile(scores, 0.25),
                quantile(scores, 0.5), quantile(scores, 0.75), quantile(scores, 0.9), scores[scores.length - 1]);
        long below = Arrays.stream(scores).filter(s -> s < threshold).count();
        out.printf(Locale.ROOT, "  below %.2f: %d (%.1f%%)%n", threshold, below, 100.0 * below / scores.length);
        // Histogram in steps of 0.25 from 0 down to the lowest score (everything under -4 in one bar).
        int bins = (int) Math.min(16, Math.ceil(-scores[0] / 0.25) + 1);
        int[] counts = new int[Math.max(bins, 1)];
        for (double s : scores) {
            counts[(int) Math.min(counts.length - 1, Math.floor(-s / 0.25))]++;
        }
        int most = Arrays.stream(counts).max().orElse(1);
        for (int b = 0; b < counts.length; b++) {
            String label = b == counts.length - 1 && bins == 16 ? String.format(Locale.ROOT, "  < %5.2f      ", -b * 0.25)
                    : String.format(Locale.ROOT, "  [%5.2f,%5.2f) ", -(b + 1) * 0.25, -b * 0.25);
            out.printf(Locale.ROOT, "%s%5d %s%n", label, counts[b], "#".repeat((int) Math.round(40.0 * counts[b] / most)));
        }
        if (show > 0) {
            translations.stream().filter(t -> !Double.isNaN(t.confidence()))
                    .sorted(Comparator.comparingDouble(Translation::confidence)).limit(show)
                    .forEach(t -> out.printf(Locale.ROOT, "  %.3f  %s%n         %s%n", t.confidence(), t.source(), t.text()));
        }
    }

    /** Linear interpolation between order statistics. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private ConfidenceCommand() {
    }
}
