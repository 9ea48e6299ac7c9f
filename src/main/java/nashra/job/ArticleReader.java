package nashra.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import nashra.article.Article;
import nashra.article.ArticleSource;
import nashra.article.ReadResult;
import nashra.article.Rejected;
import nashra.article.RejectedInputException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Step 1's reader: the input folder's articles one at a time, in the source's stable order. A
 * rejected input is thrown as {@link RejectedInputException}, which the step skips and reports.
 * The position is saved at every commit, so a restarted run goes on where the failed one stopped.
 */
final class ArticleReader implements ItemStreamReader<Article> {

    static final String POSITION = "articles.position";

    private final ArticleSource source;
    private final Path folder;
    private final Progress progress;
    private Stream<ReadResult> stream;
    private Iterator<ReadResult> results;
    private long position;

    ArticleReader(ArticleSource source, Path folder, Progress progress) {
        this.source = source;
        this.folder = folder;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The input folder " + folder + " does not exist; set nashra.briefing.input"
                    + " in the job definition or pass --input DIR.");
        }
        long total = countInputs(folder);
        stream = source.stream(folder);
        results = stream.iterator();
        long resumeAt = context.getLong(POSITION, 0L);
        progress.start(total, resumeAt);
        while (position < resumeAt && results.hasNext()) {
            results.next();
            position++;
        }
    }

    @Override
    public Article read() {
        if (!results.hasNext()) {
            return null;
        }
        ReadResult next = results.next();
        position++;
        if (next instanceof Rejected rejected) {
            throw new RejectedInputException(rejected);
        }
        return (Article) next;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(POSITION, position);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }

    /** Inputs the folder holds: one a file, one a non-blank line of a .jsonl file; for progress only. */
    static long countInputs(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(ArticleReader::inputsIn).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long inputsIn(Path file) {
        if (!file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
            return 1;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return Math.max(1, lines.filter(l -> !l.isBlank()).count());
        } catch (IOException | UncheckedIOException e) {
            return 1; // unreadable: it will be one rejection
        }
    }
}
