package nashra.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.slf4j.LoggerFactory;

/**
 * Progress of step 1, told by the reader (how many inputs there are), the writer (articles and
 * sentences done) and the rejects report; logged after every chunk as articles done of total,
 * sentences per second and the time left.
 */
final class Progress implements StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong sentences = new AtomicLong();
    private volatile long startedNanos;
    private volatile long alreadyDone;
    private final StepTimes times;
    private volatile long translationAtStart;
    private volatile long embeddingAtStart;

    /** @param times where the step's time goes, or null not to say */
    Progress(StepTimes times) {
        this.times = times;
    }

    /** @param done inputs a previous attempt of this run already handled (on restart) */
    void start(long inputs, long done) {
        total.set(inputs);
        alreadyDone = done;
        written.set(0);
        rejected.set(0);
        sentences.set(0);
        startedNanos = System.nanoTime();
        if (times != null) {
            translationAtStart = times.translationNanos();
            embeddingAtStart = times.embeddingNanos();
        }
        LOG.info("{} inputs to brief{}", inputs, done > 0 ? ", restarting after " + done : "");
    }

    void rejected() {
        rejected.incrementAndGet();
    }

    void written(int articles, int sentenceCount) {
        written.addAndGet(articles);
        sentences.addAndGet(sentenceCount);
        log();
    }

    private void log() {
        long doneHere = written.get() + rejected.get();
        long done = alreadyDone + doneHere;
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        long remaining = Math.max(0, total.get() - done);
        Duration left = Duration.ofSeconds(doneHere == 0 ? 0 : (long) (seconds / doneHere * remaining));
        LOG.info("articles {}/{} ({} rejected), {} sentences/s, about {} left", done, total.get(), rejected.get(),
                String.format("%.1f", sentences.get() / seconds), format(left));
    }

    /**
     * The step's figures: sentences, time, and how much of it was not translation (the model's
     * time is the part that a faster engine or a bigger machine buys down; the rest is Nashra's).
     */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long n = sentences.get();
        if (times != null && n > 0) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            double translation = (times.translationNanos() - translationAtStart) / 1e9;
            double embedding = (times.embeddingNanos() - embeddingAtStart) / 1e9;
            double rest = seconds - translation;
            LOG.info("step 1: {} articles, {} sentences in {} s ({} sentences/s): translation {} s, everything else {} s"
                            + " ({} ms a sentence; sentence embeddings {} ms of it)",
                    written.get(), n, String.format("%.1f", seconds), String.format("%.1f", n / seconds),
                    String.format("%.1f", translation), String.format("%.1f", rest),
                    String.format("%.1f", rest * 1000 / n), String.format("%.1f", embedding * 1000 / n));
        }
        return stepExecution.getExitStatus();
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? d.toHours() + "h" + d.toMinutesPart() + "m"
                : d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }
}
