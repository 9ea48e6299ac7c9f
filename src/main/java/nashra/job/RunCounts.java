package nashra.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A run's accounting, taken from what is on disk rather than from step counters: counters of a
 * failed attempt and of its restart overlap (a rolled-back chunk is read twice), the files do not.
 *
 * @param read inputs in the input folder (one a file, one a .jsonl line)
 * @param written article digests in the run's folder
 * @param rejected distinct inputs in the rejects report
 */
record RunCounts(long read, long written, long rejected) {

    /** Inputs that are neither a digest nor a reject; zero unless something was lost. */
    long unaccounted() {
        return read - written - rejected;
    }

    static RunCounts measure(RunFolders folders, Path input) {
        long written;
        try (Stream<Path> files = Files.isDirectory(folders.articles()) ? Files.list(folders.articles()) : Stream.empty()) {
            written = files.filter(p -> p.toString().endsWith(".json")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long rejected = RejectsReport.origins(folders.rejects()).size();
        return new RunCounts(ArticleReader.countInputs(input), written, rejected);
    }
}
