package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The translation memory in the job: a redo of a translated night gives the same digests and
 * costs the engine nothing; other settings are translated again; {@code bin/nashra memory clear}
 * empties it, and the next run translates everything again.
 */
class TranslationMemoryJobTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    private static final Pattern REPORT = Pattern.compile(
            "translation: (\\d+) sentences, (\\d+) from the translation memory .*, (\\d+) repeated within a chunk,"
                    + " (\\d+) translated by the engine");

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    @TempDir
    Path output;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        // Spring Boot would reset logback when the job's context starts, and drop this appender.
        System.setProperty(LOGGING_SYSTEM, "none");
        log.start();
        ((Logger) LoggerFactory.getLogger(TranslationReport.class)).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        System.clearProperty(LOGGING_SYSTEM);
        ((Logger) LoggerFactory.getLogger(TranslationReport.class)).detachAppender(log);
    }

    /** {@code [sentences, from memory, repeated, translated]} of the last run. */
    private long[] lastReport() {
        String last = log.list.get(log.list.size() - 1).getFormattedMessage();
        Matcher m = REPORT.matcher(last);
        assertTrue(m.find(), last);
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))};
    }

    private MorningBriefingJobTest.Outcome brief(boolean redo, Map<String, String> extra) {
        MorningBriefingJobTest.Outcome outcome = Brief.run(DATE, MorningBriefingJobTest.SAMPLES, output,
                MorningBriefingJobTest.MODEL, redo, extra);
        assertEquals(0, outcome.exit(), outcome.err());
        return outcome;
    }

    private Map<String, String> articles() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(output.resolve(DATE + "/articles"))) {
            for (Path f : list.toList()) {
                // Latin-1 keeps every byte, so the binary .vectors files compare exactly too.
                files.put(f.getFileName().toString(), new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private String memory(String action) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = MemoryLauncher.run(action, Path.of("jobs/morning-briefing.yml"), output,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRedoIsServedFromMemoryAndOtherSettingsAreNot() throws Exception {
        brief(false, Map.of());
        long[] first = lastReport();
        assertTrue(first[3] > 0, "a new night is translated by the engine");
        assertEquals(first[0], first[1] + first[2] + first[3], "every sentence accounted for");
        Map<String, String> digests = articles();
        assertTrue(memory("stats").contains(first[3] + " sentence(s) under 1 setup(s)"), memory("stats"));

        brief(true, Map.of());
        long[] redo = lastReport();
        assertEquals(first[0], redo[0]);
        assertEquals(0, redo[3], "a redo of a translated night costs the engine nothing");
        assertEquals(redo[0], redo[1] + redo[2]);
        assertEquals(digests, articles(), "the same digests from memory as from the engine");

        // Another confidence threshold flags differently: nothing may be served from the other setup.
        brief(true, Map.of("nashra.briefing.min-confidence", "-0.5"));
        long[] other = lastReport();
        assertEquals(first[3], other[3], "translated again under the new settings");
        assertTrue(memory("stats").contains("under 2 setup(s)"));

        assertTrue(memory("clear").contains("Cleared the translation memory"));
        assertTrue(memory("stats").contains(": 0 sentence(s) under 0 setup(s)"), memory("stats"));
        brief(true, Map.of());
        assertEquals(first[3], lastReport()[3], "after clear, everything is translated again");
    }

    @Test
    void theMemoryCanBeTurnedOff() {
        brief(false, Map.of("nashra.briefing.translation-memory", "false"));
        long[] run = lastReport();
        assertEquals(0, run[1]);
        brief(true, Map.of("nashra.briefing.translation-memory", "false"));
        assertEquals(run[3], lastReport()[3], "without the memory a redo translates again");
    }
}
