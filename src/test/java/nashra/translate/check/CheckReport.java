package nashra.translate.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nashra.article.Article;
import nashra.article.ArticleSource;
import nashra.article.ReadLimits;
import nashra.article.ReadResult;
import nashra.text.TextPipeline;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;

/**
 * Runs the translation step with its checks over folders or files of Arabic text and prints, per
 * flag, how many sentences carry it, and how many sentences flagged NAME or NUMBER the wider-beam
 * retry cleared. An evaluation tool, not a test: the folders may be outside the repository
 * (../shared), which it reads and never copies.
 *
 * <pre>
 * ./mvnw -q -B test-compile
 * java -cp target/classes:$(cat target/test-classpath.txt) nashra.translate.check.CheckReport \
 *     [--model-dir DIR] [--beams N] [--retry-beams N] [--min-confidence X] [--show] PATH...
 * </pre>
 *
 * Each file is cleaned and split into sentences as the briefing does (a file of one sentence a
 * line gives its lines). {@code --show} prints every flagged sentence with what differed.
 */
public final class CheckReport {

    public static void main(String[] args) throws IOException {
        Path modelDir = Path.of("src/test/resources/models/marian-tiny");
        int beams = 0;
        int retryBeams = 8;
        double minConfidence = -1.0;
        boolean show = false;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--model-dir" -> modelDir = Path.of(args[++i]);
                case "--beams" -> beams = Integer.parseInt(args[++i]);
                case "--retry-beams" -> retryBeams = Integer.parseInt(args[++i]);
                case "--min-confidence" -> minConfidence = Double.parseDouble(args[++i]);
                case "--show" -> show = true;
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: CheckReport [--model-dir DIR] [--beams N] [--retry-beams N] [--min-confidence X] [--show] PATH...");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TranslationChecks checks = TranslationChecks.standard(Glossary.load(Path.of("jobs/glossary.tsv")), minConfidence);
        TextPipeline pipeline = new TextPipeline();
        try (MarianTranslator model = MarianTranslator.load(modelDir,
                MarianOptions.defaults().withThreads(2).withBeams(beams))) {
            out.printf("model %s, beams %d, retry beams %d, min-confidence %.2f%n", model.modelName(),
                    model.settings().numBeams(), retryBeams, minConfidence);
            for (Path path : paths) {
                CheckedTranslator translator = new CheckedTranslator(model, checks, retryBeams);
                List<String> sentences = nashra.article.ArticleTexts.sentences(path, pipeline);
                // What the first pass flagged, without the retry, to count what the retry fixed.
                List<Translation> first = new CheckedTranslator(model, checks, 0).translate(sentences);
                List<Translation> translations = translator.translate(sentences);
                report(path, first, translations, translator.retries(), show, out);
            }
        }
    }

    static void report(Path path, List<Translation> first, List<Translation> after, CheckedTranslator.RetryCounts retries,
            boolean show, PrintStream out) {
        Map<TranslationFlag, int[]> counts = new EnumMap<>(TranslationFlag.class);
        int flagged = 0;
        for (int i = 0; i < after.size(); i++) {
            for (TranslationFlag f : first.get(i).flags()) {
                counts.computeIfAbsent(f, k -> new int[2])[0]++;
            }
            for (TranslationFlag f : after.get(i).flags()) {
                counts.computeIfAbsent(f, k -> new int[2])[1]++;
            }
            flagged += after.get(i).flagged() ? 1 : 0;
        }
        out.printf("%s: %d sentences, %d flagged after the retry%n", path, after.size(), flagged);
        out.printf("  %-15s %8s %8s%n", "flag", "first", "final");
        for (TranslationFlag f : TranslationFlag.values()) {
            int[] c = counts.getOrDefault(f, new int[2]);
            out.printf("  %-15s %8d %8d%n", f, c[0], c[1]);
        }
        out.printf("  retried (NAME or NUMBER): %d, cleared of a flag by the retry: %d%n", retries.retried(), retries.fixed());
        if (show) {
            for (int i = 0; i < after.size(); i++) {
                Translation t = after.get(i);
                if (t.flagged() || first.get(i).flagged()) {
                    out.printf("  [%s] %s%n    %s%n", String.join(",", t.sortedFlags().stream().map(Enum::name).toList()),
                            t.source(), t.text());
                    if (!first.get(i).text().equals(t.text())) {
                        out.printf("    (first: %s)%n", first.get(i).text());
                    }
                    t.details().values().forEach(d -> out.printf("    - %s%n", d));
                }
            }
        }
    }

    private CheckReport() {
    }
}
