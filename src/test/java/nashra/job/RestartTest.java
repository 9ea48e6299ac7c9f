package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nashra.article.Article;
import nashra.article.ArticleSource;
import nashra.article.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails half-way is finished by running it again, and nothing is counted twice or lost. */
class RestartTest {

    @TempDir
    Path output;

    private MorningBriefingJobTest.Outcome brief(LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BriefingLauncher.run(new BriefingLauncher.Request(Path.of("jobs/morning-briefing.yml"), date,
                        MorningBriefingJobTest.SAMPLES, output, MorningBriefingJobTest.MODEL, false,
                        Map.of("nashra.briefing.chunk-size", "2", "nashra.briefing.threads", "2")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new MorningBriefingJobTest.Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailedRunRestartsWhereItStopped() throws Exception {
        LocalDate date = LocalDate.of(2026, 11, 17);
        List<ReadResult> inputs = new ArticleSource().read(MorningBriefingJobTest.SAMPLES);
        List<Article> articles = inputs.stream().filter(r -> r instanceof Article).map(r -> (Article) r).toList();
        // The last article's digest cannot be written: a non-empty directory stands where its file goes.
        Path blocker = output.resolve(date + "/articles/" + articles.get(articles.size() - 1).id() + ".html");
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("in-the-way"), "x");

        MorningBriefingJobTest.Outcome failed = brief(date);
        assertEquals(1, failed.exit(), failed.out());
        assertTrue(failed.err().contains("goes on where it stopped"), failed.err());
        long writtenBefore = digests(date);
        assertTrue(writtenBefore > 0 && writtenBefore < articles.size(), "some chunks committed: " + writtenBefore);

        try (Stream<Path> walk = Files.walk(blocker)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        MorningBriefingJobTest.Outcome restarted = brief(date);
        assertEquals(0, restarted.exit(), restarted.err());
        long rejected = inputs.size() - articles.size();
        assertTrue(restarted.out().contains(inputs.size() + " read, " + articles.size() + " written, " + rejected + " rejected"),
                restarted.out());
        assertEquals(articles.size(), digests(date));
        assertEquals(rejected, Files.readAllLines(output.resolve(date + "/rejects.jsonl")).size(), "no reject recorded twice");
    }

    private long digests(LocalDate date) throws Exception {
        try (Stream<Path> files = Files.list(output.resolve(date + "/articles"))) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
