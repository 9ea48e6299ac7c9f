package nashra.summarize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reader for the BBC News Summary evaluation set: {@code articles/<category>_<n>.txt} (title on the
 * first line, then the body) and {@code summaries/<same name>} (the human extractive summary: the
 * chosen article sentences joined with no space between them).
 */
final class BbcSummaries {

    /**
     * One document of the set.
     *
     * @param name file name without ".txt", e.g. business_001
     * @param number the {@code n} of the file name, used for the dev/test split
     * @param title first line of the article; not a candidate sentence
     * @param sentences the body split into sentences
     * @param reference the human summary
     */
    record Document(
            String name, int number, String title, List<String> sentences, String reference) {

        /** Dev split: every fifth document of each category (about 20%); the rest is test. */
        boolean isDev() {
            return number % 5 == 0;
        }

        List<Sentence> asArticle() {
            List<Sentence> out = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                out.add(Sentence.english(i, sentences.get(i)));
            }
            return out;
        }
    }

    private BbcSummaries() {}

    static List<Document> read(Path dir) {
        Path articles = dir.resolve("articles");
        Path summaries = dir.resolve("summaries");
        List<Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                Path summary = summaries.resolve(fileName);
                if (!Files.exists(summary)) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int newline = text.indexOf('\n');
                String title = newline < 0 ? text.trim() : text.substring(0, newline).trim();
                String body = newline < 0 ? "" : text.substring(newline + 1);
                String name = fileName.substring(0, fileName.length() - ".txt".length());
                int number = Integer.parseInt(name.substring(name.lastIndexOf('_') + 1));
                out.add(
                        new Document(
                                name,
                                number,
                                title,
                                EnglishSentences.split(body),
                                Files.readString(summary, StandardCharsets.UTF_8).trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return out;
    }
}
