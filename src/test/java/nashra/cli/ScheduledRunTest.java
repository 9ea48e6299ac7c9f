package nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped scheduling files, run as the scheduler runs them: the crontab line from a fresh
 * checkout (no briefings folder yet) under cron's bare environment, and the systemd unit's
 * commands with systemd's own escapes undone, including a retry after midnight.
 */
class ScheduledRunTest {

    private static final Path MODEL = Path.of("src/test/resources/models/marian-tiny").toAbsolutePath();

    @TempDir
    Path tmp;

    /** A fresh checkout at {@code /opt/nashra} as the files assume: the launcher, a jar, the job definition, outlet registry and samples. */
    private Path install() throws IOException {
        Path root = tmp.resolve("opt/nashra");
        LauncherTest.copyScript(root);
        LauncherTest.assembleJar(root.resolve("target/nashra.jar"));
        Files.createDirectories(root.resolve("jobs/samples"));
        Files.copy(Path.of("jobs/morning-briefing.yml"), root.resolve("jobs/morning-briefing.yml"));
        Files.copy(Path.of("jobs/outlets.json"), root.resolve("jobs/outlets.json"));
        try (Stream<Path> samples = Files.list(Path.of("jobs/samples"))) {
            for (Path s : samples.toList()) {
                Files.copy(s, root.resolve("jobs/samples").resolve(s.getFileName()));
            }
        }
        return root;
    }

    /** cron's environment, plus the two settings a site would add above the line (the model it has). */
    private static List<String> cronEnvironment() {
        return List.of("PATH=/usr/bin:/bin", "NASHRA_BRIEFING_MODEL_DIR=" + MODEL, "NASHRA_BRIEFING_THREADS=2");
    }

    @Test
    void theCrontabLineBriefsFromAFreshCheckoutUnderCron() throws Exception {
        Path root = install();
        String line = Files.readAllLines(Path.of("jobs/nashra-briefing.crontab")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
        String command = line.split("\\s+", 6)[5].replace("/opt/nashra", LauncherTest.quote(root));
        assertTrue(Files.notExists(root.resolve("briefings")), "a fresh checkout has no briefings folder");

        LauncherTest.Run run = LauncherTest.env(cronEnvironment(), "/bin/sh", "-c", command);
        String log = Files.readString(root.resolve("briefings/cron.log"));
        assertEquals(0, run.exit(), log + run.err());
        assertTrue(log.contains("11 read, 7 written, 4 rejected"), log);
        assertTrue(Files.exists(root.resolve("briefings/" + LocalDate.now() + "/briefing.html")), log);
    }

    @Test
    void theSystemdUnitKeepsItsDateForARetryAfterMidnight() throws Exception {
        Path unit = Path.of("jobs/nashra-briefing.service");
        String text = Files.readString(unit);
        assertTrue(text.contains("\nUser=nashra\n"), "runs as its own user");
        assertTrue(text.contains("StartLimitBurst="), "retries are bounded");
        Path root = install();
        Path runtime = Files.createDirectories(tmp.resolve("run/nashra-briefing"));
        List<String> environment = new ArrayList<>(cronEnvironment());
        environment.add("RUNTIME_DIRECTORY=" + runtime);

        // The first attempt of the morning fixes the date.
        assertEquals(0, LauncherTest.env(environment, "/bin/sh", "-c", shellOf(text, "ExecStartPre")).exit());
        assertEquals(LocalDate.now().toString(), Files.readString(runtime.resolve("date")).strip());
        // A retry after midnight: the date the first attempt wrote stands, and is the one briefed.
        Files.writeString(runtime.resolve("date"), "2026-11-20\n");
        assertEquals(0, LauncherTest.env(environment, "/bin/sh", "-c", shellOf(text, "ExecStartPre")).exit());
        assertEquals("2026-11-20", Files.readString(runtime.resolve("date")).strip());
        LauncherTest.Run run = LauncherTest.env(environment, "/bin/sh", "-c",
                "cd " + LauncherTest.quote(root) + " && " + shellOf(text, "ExecStart").replace("/opt/nashra", LauncherTest.quote(root)));
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(root.resolve("briefings/2026-11-20/briefing.html")), run.out() + run.err());
    }

    @Test
    void systemdAcceptsTheUnits() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze is not installed");
        Process p = new ProcessBuilder("/usr/bin/systemd-analyze", "verify", "--man=no",
                Path.of("jobs/nashra-briefing.service").toAbsolutePath().toString(),
                Path.of("jobs/nashra-briefing.timer").toAbsolutePath().toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), said);
        assertEquals("", said.strip());
    }

    /** The shell script of {@code Key=/bin/sh -c '...'}, with systemd's escapes ($$ and %%) undone. */
    private static String shellOf(String unit, String key) {
        String line = unit.lines().filter(l -> l.startsWith(key + "=")).findFirst().orElseThrow();
        String script = line.substring(line.indexOf("-c '") + 4, line.lastIndexOf('\''));
        return script.replace("$$", "$").replace("%%", "%");
    }
}
