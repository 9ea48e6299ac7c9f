package nashra.model;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Download progress on stderr: bytes done of total, rate and time left. On a terminal it is one line
 * rewritten with '\r'; in a log (not a terminal) it is a line every few seconds, so logs stay short.
 */
final class Progress {

    private final PrintStream err;
    private final boolean terminal;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long total;
    private long done;
    private long lastPrint;

    Progress(PrintStream err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 200_000_000L : 5_000_000_000L;
        this.total = total;
        this.lastPrint = start;
    }

    /** Whether stderr is probably a terminal; Java 17 can only tell whether there is a console. */
    static boolean stderrIsTerminal() {
        return System.console() != null;
    }

    /** The first line, before any byte arrives, so the total is shown from the start. */
    synchronized void start() {
        print(false);
    }

    synchronized void addTotal(long bytes) {
        total += bytes;
    }

    synchronized void add(long bytes) {
        done += bytes;
        long now = System.nanoTime();
        if (now - lastPrint >= intervalNanos) {
            lastPrint = now;
            print(false);
        }
    }

    /** Bytes that were counted but are being downloaded again (a file started over). */
    synchronized void takeBack(long bytes) {
        done = Math.max(0, done - bytes);
    }

    synchronized void finish() {
        print(true);
    }

    private void print(boolean last) {
        if (err == null) {
            return;
        }
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
        double rate = done / seconds;
        String left = total > done && rate > 0 ? ", " + duration((total - done) / rate) + " left" : "";
        String speed = done == 0 && !last ? "" : "  " + bytes((long) rate) + "/s";
        String line = String.format(Locale.ROOT, "%s / %s%s%s", bytes(done), total > 0 ? bytes(total) : "?",
                speed, last ? "" : left);
        if (terminal) {
            err.print("\r" + line + "    ");
            if (last) {
                err.println();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }


    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GiB", n / (1024.0 * 1024 * 1024));
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }
}
