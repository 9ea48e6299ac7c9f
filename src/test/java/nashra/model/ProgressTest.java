package nashra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void terminalRewritesOneLineAndLogGetsWholeLines() {
        ByteArrayOutputStream tty = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(tty, true, StandardCharsets.UTF_8), true, 3 * 1024 * 1024);
        p.add(1024 * 1024);
        p.finish();
        String shown = tty.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\r1.0 MiB / 3.0 MiB"), shown);
        assertEquals(1, shown.chars().filter(c -> c == '\n').count(), "one line, ended when done");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Progress q = new Progress(new PrintStream(log, true, StandardCharsets.UTF_8), false, 0);
        q.addTotal(2048);
        q.add(2048);
        q.finish();
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.startsWith("2.0 KiB / 2.0 KiB  ") && logged.endsWith("/s" + System.lineSeparator()), logged);
        assertEquals("512 B", Progress.bytes(512));
    }

    @Test
    void theFirstLineComesBeforeAnyByteWithTheTotal() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(log, true, StandardCharsets.UTF_8), false, 5 * 1024 * 1024);
        p.start();
        assertEquals("0 B / 5.0 MiB" + System.lineSeparator(), log.toString(StandardCharsets.UTF_8), "no rate before a byte");
    }
}
