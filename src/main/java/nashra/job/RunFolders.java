package nashra.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where a run date's files go: {@code <output>/<date>/articles/...}, {@code stories/...}, {@code briefing.*}, {@code rejects.jsonl}. */
public record RunFolders(Path output, LocalDate date) {

    public Path run() {
        return output.resolve(date.toString());
    }

    public Path articles() {
        return run().resolve("articles");
    }

    public Path stories() {
        return run().resolve("stories");
    }

    public Path rejects() {
        return run().resolve("rejects.jsonl");
    }

    /** Removes this date's output (for --redo) and nothing else. */
    public void clear() throws IOException {
        if (!Files.exists(run())) {
            return;
        }
        try (Stream<Path> files = Files.walk(run())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
