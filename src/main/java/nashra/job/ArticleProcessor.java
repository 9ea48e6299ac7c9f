package nashra.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import nashra.article.Article;
import nashra.article.Rejected;
import nashra.article.RejectedInputException;
import nashra.digest.ArticleDigest;
import nashra.digest.ArticleDigester;
import nashra.translate.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Step 1's processor: {@link ArticleDigester} for one article, with failures sorted by what
 * caused them. A failure of the machine or the model (ONNX Runtime, I/O, a broken model) stops the
 * run, to be fixed and resumed. Any other exception was raised by something in this article's
 * text, and one article must not stop the night for the others: it becomes a reject with the
 * exception as its detail (and a warning in the log, since it is a bug to fix). When articles
 * fail that way many times in a row, the cause is not the articles, and the run stops.
 */
final class ArticleProcessor implements ItemProcessor<Article, ArticleDigest> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessor.class);
    static final int MAX_FAILURES_IN_A_ROW = 20;

    private final ArticleDigester digester;
    private int failuresInARow;

    ArticleProcessor(ArticleDigester digester) {
        this.digester = digester;
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
                    || t instanceof VirtualMachineError) {
                return true;
            }
        }
        return false;
    }
}
