package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nashra.article.ArticleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts come from the ledger and one listing, so a deleted file or a late one is counted right. */
class RunCountsTest {

    @TempDir
    Path tmp;

    @Test
    void aFileDeletedAfterItWasReadCountsAndAnUnreadOneIsMissing() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.writeString(input.resolve("a.txt"), "عنوان\nنص الخبر.\n");
        Files.writeString(input.resolve("b.txt"), "عنوان آخر\nنص آخر.\n");
        RunFolders folders = new RunFolders(tmp.resolve("out"), LocalDate.of(2026, 11, 25), false);
        RunLedger ledger = new RunLedger(folders.ledger());
        ledger.digested(List.of(Map.entry(input.resolve("a.txt").toString(), "aaaa")));
        // c.txt was read, rejected, then deleted before the run ended.
        ledger.rejected(input.resolve("c.txt").toString(), "unreadable file");

        RunCounts counts = RunCounts.measure(new ArticleSource(), folders, input);
        assertEquals(3, counts.read());
        assertEquals(1, counts.written());
        assertEquals(1, counts.rejected());
        assertEquals(List.of(input.resolve("b.txt").toString()), counts.missing());
    }

    @Test
    void aLineACrashCutShortIsIgnoredAndItsInputDoneAgain() throws Exception {
        Path file = tmp.resolve("outcomes.jsonl");
        Files.writeString(file, "{\"origin\":\"x.txt\",\"outcome\":\"digest\",\"file\":\"1\"}\n{\"origin\":\"y.t");
        assertEquals(Map.of("x.txt", RunLedger.DIGEST), RunLedger.read(file));
    }
}
