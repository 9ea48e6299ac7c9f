package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A redo replaces the date's folder only when complete, and a crash inside the swap is finished at the next start. */
class RunFoldersTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 27);

    @TempDir
    Path output;

    @Test
    void aCompletedRedoReplacesTheDateAndAnUnfinishedOneNever() throws Exception {
        RunFolders redo = new RunFolders(output, DATE, true);
        Files.createDirectories(redo.published());
        Files.writeString(redo.published().resolve("briefing.json"), "old");
        Files.createDirectories(redo.run());
        Files.writeString(redo.run().resolve("briefing.json"), "new");

        redo.finishInterruptedPublish(); // a start after a redo that was killed before it completed
        assertEquals("old", Files.readString(redo.published().resolve("briefing.json")));

        redo.publish();
        assertEquals("new", Files.readString(redo.published().resolve("briefing.json")));
        assertFalse(Files.exists(redo.run()));
        assertFalse(Files.exists(redo.published().resolve(".redo-complete")));
    }

    @Test
    void aSwapCutBetweenItsTwoRenamesIsFinishedAtTheNextStart() throws Exception {
        RunFolders redo = new RunFolders(output, DATE, true);
        Files.createDirectories(redo.run());
        Files.writeString(redo.run().resolve("briefing.json"), "new");
        Files.writeString(redo.run().resolve(".redo-complete"), "");
        // The old folder was moved aside, then the process died: the date has no folder at all.
        new RunFolders(output, DATE, false).finishInterruptedPublish();
        assertEquals("new", Files.readString(redo.published().resolve("briefing.json")));
        assertFalse(Files.exists(output.resolve(".nashra/replaced/" + DATE)));
    }
}
