package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduled run heals itself: a real child JVM is killed with {@code kill -9} at chosen
 * points, the same command is run again, and the date's output must equal, file for file, that
 * of a run that was never interrupted (timestamps aside). The night is the sample night and the
 * hostile night of {@link HostileNightTest}.
 */
class CrashRecoveryTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    private static final Map<String, String> SETTINGS = Map.of("NASHRA_BRIEFING_CHUNK_SIZE", "2",
            "NASHRA_BRIEFING_THREADS", "2");

    @TempDir
    Path root;

    private Path input;

    private ChildRun start(Path output, String logName, String... more) throws IOException {
        String[] args = Stream.concat(Stream.of("--job", "jobs/morning-briefing.yml", "--date", DATE.toString(),
                "--input", input.toString(), "--output", output.toString(), "--model-dir",
                MorningBriefingJobTest.MODEL.toString()), Stream.of(more)).toArray(String[]::new);
        return ChildRun.start(root.resolve(logName), SETTINGS, args);
    }

    private static String article(int n) {
        return "المحادثات ستستأنف في القاهرة " + n + "\n"
                + "قال وزير الخارجية يوم الخميس إن المحادثات ستستأنف في القاهرة بعد " + n + " أيام.\n"
                + "وأضاف أن الوفد سيصل إلى بغداد يوم السبت في زيارة رسمية.\n";
    }

    @Test
    void killedAtAnyPointTheSameCommandFinishesTheNightAsIfNothingHappened() throws Exception {
        input = root.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> samples = Files.list(MorningBriefingJobTest.SAMPLES)) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, input.resolve(sample.getFileName()));
            }
        }
        Path outside = Files.createDirectories(root.resolve("outside"));
        HostileNight.write(input.resolve("hostile"), outside);

        // 1. Killed in step 1; a file arrives before the restart, sorted before everything done.
        // Not at the first chunks: H2 writes its commits to disk in the background (WRITE_DELAY,
        // 500 ms), so a kill that early can leave no trace of the run in the job repository; the
        // restart then briefs the night from the start, rightly, but without the warning.
        Path crashed1 = root.resolve("out-step1");
        try (ChildRun run = start(crashed1, "step1.log")) {
            run.awaitOutput("articles 24/").kill9();
        }
        Files.writeString(input.resolve("000-late.txt"), article(99));
        MorningBriefingJobTest.Outcome restart = again(crashed1, false);
        assertEquals(0, restart.exit(), restart.err());
        assertTrue(restart.err().contains("ended without finishing"), restart.err());

        // The reference: the same night, never interrupted.
        Path reference = root.resolve("out-reference");
        MorningBriefingJobTest.Outcome clean = again(reference, false);
        assertEquals(0, clean.exit(), clean.err());
        Map<String, String> expected = tree(reference);
        assertTrue(expected.keySet().stream().anyMatch(k -> k.contains("briefing.html")), expected.keySet().toString());
        assertEquals(expected, tree(crashed1), "killed in step 1, then resumed");
        assertTrue(restart.out().contains(countsLine(clean.out())), restart.out());

        // 2. Killed in step 2, while the stories are being made.
        Path crashed2 = root.resolve("out-step2");
        try (ChildRun run = start(crashed2, "step2.log")) {
            run.awaitOutput("briefing: grouping").kill9();
        }
        assertFalse(tree(crashed2).equals(expected), "the kill came before the end");
        MorningBriefingJobTest.Outcome restart2 = again(crashed2, false);
        assertEquals(0, restart2.exit(), restart2.err());
        assertEquals(expected, tree(crashed2), "killed in step 2, then resumed");

        // 3. Killed during --redo of the completed date: the old briefing stays whole and complete.
        try (ChildRun redo = start(crashed2, "redo.log", "--redo")) {
            redo.awaitOutput("articles 2/").kill9();
        }
        assertEquals(expected, tree(crashed2), "a killed redo leaves the old output whole");
        MorningBriefingJobTest.Outcome plain = again(crashed2, false);
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().contains("already complete"), plain.out());
        MorningBriefingJobTest.Outcome redoAgain = again(crashed2, true);
        assertEquals(0, redoAgain.exit(), redoAgain.err());
        assertEquals(expected, tree(crashed2), "the redo, run to its end, replaces the date with the same output");

        // 4. Two live runs on one output folder refuse each other with one line.
        Path busy = root.resolve("out-busy");
        try (ChildRun first = start(busy, "first.log")) {
            first.awaitOutput("inputs to brief");
            ChildRun second = start(busy, "second.log");
            assertEquals(1, second.exit(), second.output());
            List<String> lines = second.output().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), second.output());
            assertTrue(lines.get(0).startsWith("nashra brief: another briefing run is writing to"), lines.get(0));
            assertTrue(lines.get(0).contains("pid "), lines.get(0));
        }
    }

    /**
     * Killed between the two records Spring Batch makes at a start (the job instance, then its
     * first execution), or with those commits not yet on disk: the repository holds the date's
     * instance and no execution of it, which Spring Batch 6.0 cannot start again. The same
     * command must brief the night as if nothing had happened.
     */
    @Test
    void aRunKilledBetweenItsInstanceAndItsFirstExecutionStartsAgain() throws Exception {
        input = MorningBriefingJobTest.SAMPLES;
        Path output = root.resolve("out-orphan");
        LocalDate before = DATE.minusDays(1);
        MorningBriefingJobTest.Outcome first = Brief.run(before, input, output, MorningBriefingJobTest.MODEL, false, Map.of());
        assertEquals(0, first.exit(), first.err()); // the repository and its schema now exist
        JobParameters parameters = new JobParametersBuilder().addString("date", DATE.toString()).toJobParameters();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + output.toAbsolutePath().normalize()
                + "/.nashra/jobs", "sa", "");
                PreparedStatement insert = db.prepareStatement("INSERT INTO BATCH_JOB_INSTANCE"
                        + " (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (NEXT VALUE FOR BATCH_JOB_INSTANCE_SEQ, 0, ?, ?)")) {
            insert.setString(1, BriefingJobConfiguration.JOB);
            insert.setString(2, new DefaultJobKeyGenerator().generateKey(parameters));
            assertEquals(1, insert.executeUpdate());
        }
        MorningBriefingJobTest.Outcome outcome = Brief.run(DATE, input, output, MorningBriefingJobTest.MODEL, false, Map.of());
        assertEquals(0, outcome.exit(), outcome.err());
        assertTrue(Files.exists(output.resolve(DATE.toString()).resolve("briefing.html")));
    }

    /**
     * The same command again, here in the test's JVM (only the runs that are killed need a process
     * of their own): the same code, settings and folders as the child's.
     */
    private MorningBriefingJobTest.Outcome again(Path output, boolean redo) {
        return Brief.run(DATE, input, output, MorningBriefingJobTest.MODEL, redo,
                Map.of("nashra.briefing.chunk-size", "2", "nashra.briefing.threads", "2"));
    }

    private static String countsLine(String output) {
        return output.lines().filter(l -> l.matches("\\d+ read, \\d+ written, \\d+ rejected")).findFirst()
                .orElseThrow(() -> new AssertionError("no counts in:\n" + output));
    }

    /** The date's files, as text with run times blanked; ledgers and reports as sorted lines; vectors in Base64. */
    private static Map<String, String> tree(Path output) throws IOException {
        return tree(output, DATE);
    }

    /** The date's files, as text with run times blanked; ledgers and reports as sorted lines; vectors in Base64. */
    static Map<String, String> tree(Path output, LocalDate date) throws IOException {
        Path run = output.resolve(date.toString());
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(run)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(run)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (file.toString().endsWith("." + nashra.digest.VectorFile.EXTENSION)) {
                    // Binary: compared byte for byte.
                    files.put(run.relativize(file).toString(),
                            java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>");
                if (file.toString().endsWith(".jsonl")) {
                    text = text.lines().sorted().collect(Collectors.joining("\n"));
                }
                files.put(run.relativize(file).toString(), text);
            }
        }
        return files;
    }
}
