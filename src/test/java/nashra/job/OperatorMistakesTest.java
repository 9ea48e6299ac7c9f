package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nashra.article.ArticleSource;
import nashra.model.LockFile;
import nashra.model.LockedFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operator mistake and bad day ends in one line on stderr that says what is wrong and
 * what to do, exit 1, and no stack trace; the checks that need no model come before it loads.
 */
class OperatorMistakesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);

    @TempDir
    Path tmp;

    record Said(int exit, String out, String err) {
        /** The one line, after checking there is exactly one and no trace. */
        String line() {
            List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), "one line, no trace:\n" + err);
            assertTrue(lines.get(0).startsWith("nashra brief: "), lines.get(0));
            return lines.get(0);
        }
    }

    private Said brief(Path input, Path output, Path model, Map<String, String> extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> settings = new HashMap<>(Map.of("nashra.briefing.threads", "2"));
        settings.putAll(extra);
        int exit = BriefingLauncher.run(new BriefingLauncher.Request(Path.of("jobs/morning-briefing.yml"), DATE, input,
                        output, model, false, settings),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Said(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Said brief(Path input, Path output) {
        return brief(input, output, MorningBriefingJobTest.MODEL, Map.of());
    }

    @Test
    void aMissingInputFolderIsSaidBeforeTheModelIsLooked_at() {
        Said said = brief(tmp.resolve("no-such-night"), tmp.resolve("out"), tmp.resolve("no-such-model"), Map.of());
        assertEquals(1, said.exit());
        assertTrue(said.line().contains("the input folder " + tmp.resolve("no-such-night") + " does not exist"), said.err());
    }

    @Test
    void anOutputThatIsAFileIsSaidInOneLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("briefings"), "not a folder");
        Said said = brief(MorningBriefingJobTest.SAMPLES, file);
        assertEquals(1, said.exit());
        assertTrue(said.line().contains("is a file, not a folder"), said.err());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void anEmptyNightFailsAndIsNotRecordedUnlessAllowed() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty-night"));
        Files.writeString(empty.resolve("feed.jsonl"), "\n\n"); // blank lines are no articles
        Path output = tmp.resolve("out");
        Said said = brief(empty, output);
        assertEquals(1, said.exit());
        assertTrue(said.line().contains("holds no articles"), said.err());
        assertFalse(Files.exists(output.resolve(DATE.toString())), "nothing recorded for the date");

        Said allowed = brief(empty, output, MorningBriefingJobTest.MODEL, Map.of("nashra.briefing.allow-empty-night", "true"));
        assertEquals(0, allowed.exit(), allowed.err());
        assertTrue(allowed.out().contains("0 read, 0 written, 0 rejected"), allowed.out());
    }

    @Test
    void aCorruptJobRepositoryIsSaidInOneLine() throws IOException {
        Path output = tmp.resolve("out");
        Files.createDirectories(output.resolve(".nashra"));
        byte[] junk = new byte[8192];
        new java.util.Random(1).nextBytes(junk);
        Files.write(output.resolve(".nashra/jobs.mv.db"), junk);
        Said said = brief(MorningBriefingJobTest.SAMPLES, output);
        assertEquals(1, said.exit());
        assertTrue(said.line().contains("the job repository cannot be used"), said.err());
        assertTrue(said.line().contains("move jobs.mv.db aside"), said.err());
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws IOException {
        Path output = tmp.resolve("out");
        try (RunLock held = RunLock.acquire(output, DATE)) {
            Said said = brief(MorningBriefingJobTest.SAMPLES, output);
            assertEquals(1, said.exit());
            assertTrue(said.line().contains("another briefing run is writing to"), said.err());
        }
    }

    @Test
    void aModelWhoseFilesFailItsLockFileIsRefusedAtStart() throws Exception {
        Path model = tmp.resolve("model");
        List<LockedFile> locked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MorningBriefingJobTest.MODEL)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = model.resolve(MorningBriefingJobTest.MODEL.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
                byte[] bytes = Files.readAllBytes(copy);
                locked.add(new LockedFile(MorningBriefingJobTest.MODEL.relativize(f).toString().replace('\\', '/'),
                        bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), "catalog"));
            }
        }
        new LockFile("marian-tiny", "nashra/marian-tiny", "test", "2026-11-24T00:00:00Z", locked, List.of()).write(model);
        Path encoder = model.resolve("onnx/encoder_model.onnx");
        byte[] bytes = Files.readAllBytes(encoder);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(encoder, bytes);

        Said said = brief(MorningBriefingJobTest.SAMPLES, tmp.resolve("out"), model, Map.of());
        assertEquals(1, said.exit());
        assertTrue(said.line().contains("does not match its lock file (onnx/encoder_model.onnx: sha256"), said.err());
        assertTrue(said.line().contains("bin/nashra models pull marian-tiny"), said.err());
    }

    @Test
    void aReadOnlyOutputIsSaidInOneLine() throws Exception {
        Path readOnly = Files.createDirectories(tmp.resolve("ro"));
        mount(readOnly, "ro,size=64k");
        try {
            Said said = brief(MorningBriefingJobTest.SAMPLES, readOnly.resolve("briefings"));
            assertEquals(1, said.exit());
            assertTrue(said.line().contains("cannot write to the output folder"), said.err());
            assertTrue(said.line().contains("read-only file system"), said.err());
        } finally {
            unmount(readOnly);
        }
    }

    @Test
    void aFullDiskIsSaidInOneLineAndTheSameCommandResumes() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        mount(small, "size=48k");
        Map<String, String> repositoryElsewhere = Map.of("spring.datasource.url",
                "jdbc:h2:file:" + tmp.resolve("repository/jobs").toAbsolutePath(), "nashra.briefing.chunk-size", "2");
        try {
            Said said = brief(MorningBriefingJobTest.SAMPLES, small, MorningBriefingJobTest.MODEL, repositoryElsewhere);
            assertEquals(1, said.exit());
            assertTrue(said.line().contains("no space left on the device"), said.err());
            assertTrue(said.line().contains("goes on where it stopped"), said.err());
        } finally {
            unmount(small);
        }
        // The same folder with room again: the same command finishes the night.
        Said resumed = brief(MorningBriefingJobTest.SAMPLES, small, MorningBriefingJobTest.MODEL, repositoryElsewhere);
        assertEquals(0, resumed.exit(), resumed.err());
        long inputs = new ArticleSource().origins(MorningBriefingJobTest.SAMPLES).size();
        assertTrue(resumed.out().startsWith(inputs + " read, "), resumed.out());
    }

    /** A small or read-only file system of its own (tmpfs); needs root, as CI and the build machines have. */
    private static void mount(Path at, String options) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here (needs root): " + said);
    }

    private static void unmount(Path at) throws Exception {
        new ProcessBuilder("umount", at.toString()).start().waitFor();
    }
}
