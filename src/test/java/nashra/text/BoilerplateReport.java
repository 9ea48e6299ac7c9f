package nashra.text;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the text chain over folders of raw article files and prints what it removed, so a person
 * can check by eye that no story sentence is lost. An evaluation tool, not a test: the folders
 * are outside the repository (../shared) and are read, never copied.
 *
 * <pre>
 * mvn -q -B test-compile
 * java -cp target/classes:target/test-classes nashra.text.BoilerplateReport \
 *     [--all] [--sample N] [--sentences] ../shared/seeds ../shared/eval/news-raw/articles
 * </pre>
 *
 * For each folder: files, non-blank lines read, paragraphs kept, sentences, removals by reason,
 * then a sample of removed lines per reason (every removed line with {@code --all}), and with
 * {@code --sentences} every kept sentence, one a line, to check the splitting.
 */
public final class BoilerplateReport {

    private record FileResult(Path file, int lines, CleanText clean) {
    }

    public static void main(String[] args) throws IOException {
        boolean all = false;
        boolean printSentences = false;
        int sample = 12;
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--all" -> all = true;
                case "--sentences" -> printSentences = true;
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                default -> folders.add(Path.of(args[i]));
            }
        }
        if (folders.isEmpty()) {
            System.err.println("usage: BoilerplateReport [--all] [--sample N] FOLDER...");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TextPipeline pipeline = new TextPipeline();
        for (Path folder : folders) {
            List<FileResult> results = run(pipeline, folder);
            report(folder, results, all, sample, out);
            if (printSentences) {
                sentences(results, out);
            }
        }
    }

    private static List<FileResult> run(TextPipeline pipeline, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            int lines = (int) raw.lines().filter(l -> !l.isBlank()).count();
            results.add(new FileResult(file, lines, pipeline.clean(raw)));
        }
        return results;
    }

    private static void report(Path folder, List<FileResult> results, boolean all, int sample, PrintStream out) {
        int lines = 0;
        int paragraphs = 0;
        int sentences = 0;
        int empty = 0;
        Map<String, List<String>> byReason = new TreeMap<>();
        for (FileResult r : results) {
            lines += r.lines();
            paragraphs += r.clean().paragraphs().size();
            sentences += r.clean().sentences().size();
            empty += r.clean().isEmpty() ? 1 : 0;
            for (Removed removed : r.clean().removed()) {
                byReason.computeIfAbsent(removed.reason(), k -> new ArrayList<>())
                        .add(r.file().getFileName() + ": " + removed.line());
            }
        }
        int removedCount = byReason.values().stream().mapToInt(List::size).sum();
        out.printf("== %s%n", folder);
        out.printf("files %d (empty after cleaning %d), non-blank lines %d, paragraphs kept %d, sentences %d, removals %d%n",
                results.size(), empty, lines, paragraphs, sentences, removedCount);
        byReason.forEach((reason, list) -> out.printf("  %-15s %6d%n", reason, list.size()));
        for (Map.Entry<String, List<String>> e : byReason.entrySet()) {
            List<String> list = e.getValue();
            int show = all ? list.size() : Math.min(sample, list.size());
            out.printf("-- %s (%d of %d)%n", e.getKey(), show, list.size());
            // An even spread over the folder rather than the first files only.
            for (int i = 0; i < show; i++) {
                out.println("   " + shorten(list.get((int) ((long) i * list.size() / show))));
            }
        }
        out.println();
    }

    private static void sentences(List<FileResult> results, PrintStream out) {
        for (FileResult r : results) {
            out.println("== " + r.file().getFileName());
            for (Sentence s : r.clean().sentences()) {
                out.printf("  [%d] %s%n", s.paragraph(), s.text());
            }
        }
    }

    private static String shorten(String s) {
        return s.length() <= 220 ? s : s.substring(0, 220) + " …";
    }
}
