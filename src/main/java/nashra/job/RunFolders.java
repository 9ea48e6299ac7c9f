package nashra.job;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a run date's files go: {@code <output>/<date>/articles/...}, {@code stories/...},
 * {@code briefing.*}, {@code rejects.jsonl}, {@code outcomes.jsonl}.
 *
 * <p>A redo never touches the date's folder while it runs: it builds in
 * {@code <output>/.nashra/redo/<date>/} and {@link #publish() replaces} the date's folder only once
 * it is complete, so a redo killed half-way leaves the old briefing whole, never a date that
 * reads as complete but is not.
 *
 * @param redo whether this run rebuilds a date beside its published folder
 */
public record RunFolders(Path output, LocalDate date, boolean redo) {

    private static final String COMPLETE_MARKER = ".redo-complete";

    /** The folder this run writes into. */
    public Path run() {
        return redo ? staging() : published();
    }

    /** The date's folder, where analysts look. */
    public Path published() {
        return output.resolve(date.toString());
    }

    Path staging() {
        return output.resolve(".nashra").resolve("redo").resolve(date.toString());
    }

    private Path replaced() {
        return output.resolve(".nashra").resolve("replaced").resolve(date.toString());
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

    public Path ledger() {
        return run().resolve(RunLedger.FILE);
    }

    /** Removes what this run writes into (the redo folder, or the date's folder) and nothing else. */
    public void clear() throws IOException {
        delete(run());
    }

    /**
     * Puts a completed redo in the date's place: marks it complete, moves the old folder aside,
     * moves the new one in, deletes the old one. Each step is a rename, and
     * {@link #finishInterruptedPublish()} completes the steps a crash left undone.
     */
    public void publish() throws IOException {
        if (!redo) {
            return;
        }
        Files.writeString(staging().resolve(COMPLETE_MARKER), "");
        finishInterruptedPublish();
    }

    /** Called at every start, under the run lock: completes a publish that a crash interrupted. */
    public void finishInterruptedPublish() throws IOException {
        Path staged = staging();
        if (Files.exists(staged.resolve(COMPLETE_MARKER))) {
            if (Files.exists(published())) {
                delete(replaced());
                Files.createDirectories(replaced().getParent());
                move(published(), replaced());
            }
            move(staged, published());
        }
        Files.deleteIfExists(published().resolve(COMPLETE_MARKER));
        delete(replaced());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
