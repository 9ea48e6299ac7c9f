package nashra.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of step 1, told by the reader (how many inputs there are), the writer (articles and
 * sentences done) and the rejects report; logged after every chunk as articles done of total,
 * sentences per second and the time left.
 */
final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong sentences = new AtomicLong();
    private volatile long startedNanos;
    private volatile long alreadyDone;

    /** @param done inputs a previous attempt of this run already handled (on restart) */
    void start(long inputs, long done) {
        total.set(inputs);
        alreadyDone = done;
        written.set(0);
        rejected.set(0);
        sentences.set(0);
        startedNanos = System.nanoTime();
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

    private static String format(Duration d) {
        return d.toHours() > 0 ? d.toHours() + "h" + d.toMinutesPart() + "m"
                : d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }
}
