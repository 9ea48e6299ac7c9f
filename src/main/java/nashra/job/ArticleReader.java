package nashra.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
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
 *
 * <p>A restart goes on by identity, not by position: the inputs the run's ledger lists as done
 * (a digest or a reject) are passed over, every other input is read, wherever it now stands in
 * the folder. So a file that arrived between a crash and the restart is read, and one that was
 * removed moves nothing. Done inputs are still read (not digested) so that an id repeated by a
 * later input is still recognised as a duplicate.
 */
final class ArticleReader implements ItemStreamReader<Article> {

    private final ArticleSource source;
    private final Path folder;
    private final Path ledger;
    private final Progress progress;
    private Stream<ReadResult> stream;
    private Iterator<ReadResult> results;
    private Set<String> done;

    ArticleReader(ArticleSource source, Path folder, Path ledger, Progress progress) {
        this.source = source;
        this.folder = folder;
        this.ledger = ledger;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The input folder " + folder + " does not exist; set nashra.briefing.input"
                    + " in the job definition or pass --input DIR.");
        }
        done = RunLedger.read(ledger).keySet();
        progress.start(source.origins(folder).size(), done.size());
        stream = source.stream(folder);
        results = stream.iterator();
    }

    @Override
    public Article read() {
        while (results.hasNext()) {
            ReadResult next = results.next();
            if (done.contains(next.origin().toString())) {
                continue;
            }
            if (next instanceof Rejected rejected) {
                throw new RejectedInputException(rejected);
            }
            return (Article) next;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        // Nothing to save: the ledger, written with every chunk, is the restart point.
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
