package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counting and reading list the inputs in one place: whatever the encoding or line ends of a
 * .jsonl file, the origins counted are exactly the origins read; entries that are no file
 * (a named pipe, a broken link) are listed too, as rejects, and never opened.
 */
class InputListingTest {

    private static final String LINE = "{\"title\":\"فتح المعبر\",\"body\":\"اتفق الأردن والعراق يوم الأحد على إعادة فتح المعبر.\"}";

    @TempDir
    Path folder;

    private List<String> read() {
        return new ArticleSource().read(folder).stream().map(r -> r.origin().toString()).toList();
    }

    private List<String> counted() {
        return new ArticleSource().origins(folder).stream().map(Origin::toString).toList();
    }

    @Test
    void theCountAndTheReaderAgreeOnEveryEncodingAndLineEnd() throws IOException {
        String text = LINE + "\n" + LINE.replace("المعبر", "الحدود") + "\r\n\r\n" + LINE.replace("فتح", "إغلاق") + "\n";
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write(text.replace("الأحد", "الاثنين").getBytes(StandardCharsets.UTF_16LE));
        Files.write(folder.resolve("utf16.jsonl"), utf16.toByteArray());
        Files.write(folder.resolve("cp1256.jsonl"), text.replace("الأحد", "الثلاثاء").getBytes(Charset.forName("windows-1256")));
        // A raw CR inside a line: one record (rejected: JSON forbids it), not two.
        Files.writeString(folder.resolve("cr.jsonl"), LINE.replace("الأحد", "الأحد\rو") + "\n" + LINE.replace("الأحد", "الخميس"));
        List<String> read = read();
        assertEquals(read, counted());
        assertEquals(3 + 3 + 2, read.size(), read.toString());
    }

    @Test
    void aPipeABrokenLinkAndALinkToAFolderAreRejectsNotSilence() throws Exception {
        Files.writeString(folder.resolve("good.txt"), "فتح المعبر\nاتفق الأردن والعراق يوم الأحد على إعادة فتح المعبر.\n");
        Path fifo = folder.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        Files.createSymbolicLink(folder.resolve("broken.txt"), folder.resolve("gone.txt"));
        Files.createDirectories(folder.resolve("elsewhere"));
        Files.createSymbolicLink(folder.resolve("linked-folder"), folder.resolve("elsewhere"));

        List<ReadResult> results = new ArticleSource().read(folder); // returns: the pipe is never opened
        assertEquals(counted(), results.stream().map(r -> r.origin().toString()).toList());
        assertEquals(4, results.size(), results.toString());
        for (ReadResult r : results) {
            String name = r.origin().file().getFileName().toString();
            if (name.equals("good.txt")) {
                assertTrue(r instanceof Article, r.toString());
            } else {
                Rejected x = (Rejected) r;
                assertEquals(Rejected.NOT_A_FILE, x.reason(), name);
            }
        }
        assertTrue(results.stream().anyMatch(r -> r instanceof Rejected x && x.detail().contains("broken link")));
        assertTrue(results.stream().anyMatch(r -> r instanceof Rejected x && x.detail().contains("named pipe")));
    }
}
