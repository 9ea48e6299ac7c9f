package nashra.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import nashra.article.Article;
import nashra.article.Rejected;
import nashra.article.RejectedInputException;
import nashra.digest.ArticleDigest;
import nashra.digest.ArticleDigester;
import nashra.digest.ChunkDigester;
import nashra.translate.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Step 1's processor: {@link ArticleDigester} for one article, with failures sorted by what
 * caused them. A failure of the machine or the model (ONNX Runtime, I/O, the database behind the
 * translation memory, a broken model) stops the
 * run, to be fixed and resumed. Any other exception was raised by something in this article's
 * text, and one article must not stop the night for the others: it becomes a reject with the
 * exception as its detail (and a warning in the log, since it is a bug to fix). When articles
 * fail that way many times in a row, the cause is not the articles, and the run stops.
 *
 * <p><b>A chunk is translated together.</b> The step calls {@link #beforeChunk(Chunk)} with the
 * chunk's articles once they are read and before any is processed (Spring Batch 6's
 * {@code ChunkOrientedStep} passes the read chunk to its chunk listeners there); this processor
 * then has {@link ChunkDigester} clean them all and translate every title and sentence of the
 * chunk in one call, so the engine gets full batches sorted by length. {@link #process} still
 * takes one article at a time and finishes it from what was prepared, so each article is still
 * skipped, rejected or failed on its own, by the same rules and in the same place as before.
 *
 * <p>Why this shape, and not the others Spring Batch allows: translating in the writer would
 * move every per-article failure from a skip in process to a skip in write, which makes the step
 * roll back and write the chunk again item by item (its scan), and would mix translation into the
 * writer that owns the files and the ledger; making one item a group of articles would make a
 * reject skip the whole group. Here only the work is shared: accounting, skips, the ledger and
 * restarts are exactly those of one item per article. The domain stays free of Spring: the
 * listener and processor are this class; the grouping is a plain class. Where the listener is not
 * called (a step given a task executor: Spring Batch processes items concurrently then and calls
 * no chunk listener) every article is simply translated alone, as before.
 */
final class ArticleProcessor implements ItemProcessor<Article, ArticleDigest>, ChunkListener<Article, ArticleDigest> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessor.class);
    static final int MAX_FAILURES_IN_A_ROW = 20;

    private final ChunkDigester digester;
    private int failuresInARow;

    ArticleProcessor(ArticleDigester digester) {
        this.digester = new ChunkDigester(digester);
    }

    @Override
    public synchronized void beforeChunk(Chunk<Article> chunk) {
        digester.prepare(chunk.getItems());
    }

    @Override
    public synchronized void afterChunk(Chunk<ArticleDigest> chunk) {
        digester.clear();
    }

    @Override
    public synchronized void onChunkError(Exception exception, Chunk<ArticleDigest> chunk) {
        digester.clear();
    }

    @Override
    public synchronized ArticleDigest process(Article article) {
        try {
            ArticleDigest digest = digester.digest(article);
            failuresInARow = 0;
            return digest;
        } catch (RejectedInputException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            if (causedByMachineOrModel(e) || ++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                throw e;
            }
            LOG.warn("{} rejected: processing failed ({})", article.origin(), e.toString());
            LOG.debug("processing failure", e);
            throw new RejectedInputException(new Rejected(article.origin(), Rejected.PROCESSING_FAILED, e.toString()));
        }
    }

    private static boolean causedByMachineOrModel(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ModelException || t instanceof IOException || t instanceof UncheckedIOException
                    || t instanceof ai.onnxruntime.OrtException || t instanceof ai.djl.translate.TranslateException
                    || t instanceof java.sql.SQLException || t instanceof VirtualMachineError) {
                return true;
            }
        }
        return false;
    }
}
