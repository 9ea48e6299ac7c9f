package nashra.job;

import java.time.Duration;
import nashra.digest.ArticleDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** After every chunk: articles done of total, sentences per second, and an estimate of the time left. */
final class ProgressListener implements StepExecutionListener, ItemWriteListener<ArticleDigest> {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);

    private StepExecution step;
    private long started;
    private long sentences;
    private long doneAtStart;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
        this.started = System.nanoTime();
        this.sentences = 0;
        this.doneAtStart = stepExecution.getExecutionContext().getLong(ArticleReader.POSITION, 0L);
    }

    @Override
    public void afterWrite(Chunk<? extends ArticleDigest> items) {
        for (ArticleDigest d : items) {
            sentences += d.sentences().size();
        }
        long total = step.getExecutionContext().getLong(ArticleReader.TOTAL, 0L);
        long done = doneAtStart + step.getReadCount() + step.getReadSkipCount();
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        long doneHere = Math.max(1, done - doneAtStart);
        Duration left = Duration.ofSeconds((long) (seconds / doneHere * Math.max(0, total - done)));
        LOG.info("articles {}/{} ({} rejected), {} sentences/s, about {} left", done, total,
                step.getReadSkipCount() + step.getProcessSkipCount(), String.format("%.1f", sentences / seconds),
                format(left));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return stepExecution.getExitStatus();
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? d.toHours() + "h" + d.toMinutesPart() + "m"
                : d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }
}
