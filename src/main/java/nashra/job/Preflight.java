package nashra.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nashra.article.ArticleSource;

/**
 * What is checked before the model loads (which takes half a minute with the real model): the
 * input folder is there and holds articles, the output folder can be written, and no other run
 * is writing to it. Each problem is one line that says what to do. Passing, it holds the
 * {@link RunLock} for the rest of the run and has finished any redo a crash left half-published.
 */
final class Preflight {

    private Preflight() {
    }

    static RunLock check(BriefingProperties properties, LocalDate date) {
        Path input = properties.input();
        Path output = properties.output();
        if (!Files.exists(input)) {
            throw new ConfigurationProblem("the input folder " + input + " does not exist; pass --input DIR or set"
                    + " nashra.briefing.input in the job definition.");
        }
        if (!Files.isDirectory(input)) {
            throw new ConfigurationProblem("the input " + input + " is a file, not a folder; pass the folder that"
                    + " holds the night's articles with --input DIR.");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new ConfigurationProblem("the output " + output + " is a file, not a folder; pass a folder with"
                    + " --output DIR (it is created if missing).");
        }
        RunLock lock;
        try {
            Files.createDirectories(output.resolve(".nashra"));
            Path probe = Files.createTempFile(output.resolve(".nashra"), "write-check", ".tmp");
            Files.delete(probe);
            lock = RunLock.acquire(output, date);
        } catch (IOException e) {
            throw new ConfigurationProblem("cannot write to the output folder " + output + " (" + reason(e)
                    + "); pass another --output DIR or fix its permissions.");
        }
        try {
            new RunFolders(output, date, true).finishInterruptedPublish();
            if (!properties.allowEmptyNight() && !new ArticleSource().hasInputs(input)) {
                throw new ConfigurationProblem("the input folder " + input + " holds no articles for " + date
                        + "; nothing was recorded, so the same command briefs the night once its articles arrive"
                        + " (set nashra.briefing.allow-empty-night: true to record an empty night as done).");
            }
            return lock;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof ConfigurationProblem problem) {
                throw problem;
            }
            throw new ConfigurationProblem("cannot prepare " + output + " (" + reason(e) + ").");
        }
    }

    /** An I/O failure as a person would say it: "permission denied", "no space left on device". */
    static String reason(Throwable e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(RunLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // the process ends soon and the lock with it
        }
    }
}
