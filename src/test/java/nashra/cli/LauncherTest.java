package nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/nashra}, run the way cron runs a command: {@code env -i PATH=/usr/bin:/bin /bin/sh -c
 * '…'}, from another directory, stdin not a terminal.
 *
 * <p>{@code ./mvnw test} runs before {@code package}, so a clean clone has no target/nashra.jar while
 * the tests run. What the launcher does is find the jar beside it, find java, and pass the arguments
 * and the exit status through; to test exactly that on every run, this test lays out an installation
 * in a temporary folder: the committed script, byte for byte, in {@code bin/}, and in
 * {@code target/nashra.jar} a jar it assembles (Main-Class {@code nashra.cli.Main}, its Class-Path the
 * compiled classes and the jars Maven resolved). What runs is the real Main with the real
 * dependencies; only the packaging differs from Spring Boot's jar. When that jar has been built (the
 * README's first command does it), {@link #theRepositorysLauncherRunsTheBuiltJar} runs the
 * repository's own bin/nashra against it too.
 */
class LauncherTest {

    static final Path SCRIPT = Path.of("bin/nashra");
    static final Path CATALOG = Path.of("models/catalog.json").toAbsolutePath();

    @TempDir
    Path tmp;

    Path install;
    Path models;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void layOut() throws IOException {
        install = tmp.resolve("nashra");
        copyScript(install);
        assembleJar(install.resolve("target/nashra.jar"));
        models = Files.createDirectories(tmp.resolve("my models"));
    }

    static Path copyScript(Path root) throws IOException {
        Path script = Files.createDirectories(root.resolve("bin")).resolve("nashra");
        Files.copy(SCRIPT, script);
        assertTrue(script.toFile().setExecutable(true));
        return script;
    }

    /** A jar whose manifest runs nashra.cli.Main with the test JVM's main classes and dependency jars. */
    static void assembleJar(Path jar) throws IOException {
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> !p.endsWith("test-classes") && !p.getFileName().toString().startsWith("surefire"))
                .map(p -> p.toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        assertTrue(classPath.contains("/target/classes/"), "the compiled classes are on the class path: " + classPath);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "nashra.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all it holds
        }
    }

    /** Runs a shell command line with cron's environment: nothing but PATH (and JAVA_HOME when java is not in it). */
    static Run cron(String commandLine) throws IOException, InterruptedException {
        return env(List.of("PATH=/usr/bin:/bin"), "/bin/sh", "-c", commandLine);
    }

    static Run env(List<String> variables, String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("/usr/bin/env", "-i"));
        argv.addAll(variables);
        if (variables.contains("PATH=/usr/bin:/bin") && !Files.isExecutable(Path.of("/usr/bin/java"))
                && !Files.isExecutable(Path.of("/bin/java"))) {
            argv.add("JAVA_HOME=" + System.getProperty("java.home"));
        }
        argv.addAll(List.of(command));
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process p = new ProcessBuilder(argv)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int exit = p.waitFor();
            return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    static String quote(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "'\\''") + "'";
    }

    @Test
    void committedScriptIsAnExecutablePosixShellScript() throws Exception {
        assertTrue(Files.isExecutable(SCRIPT), "bin/nashra must be committed executable");
        assertEquals("#!/bin/sh", Files.readAllLines(SCRIPT).get(0));
        Run syntax = env(List.of(), "/bin/sh", "-n", SCRIPT.toString());
        assertEquals(0, syntax.exit(), syntax.err());
    }

    @Test
    void runsTheJarBesideItFromAnotherDirectoryUnderCron() throws Exception {
        Run run = cron("cd / && " + quote(install.resolve("bin/nashra")) + " models list --catalog " + quote(CATALOG)
                + " --models-dir " + quote(models));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("opus-mt-ar-en *"), run.out());
        assertTrue(run.out().contains("Apache-2.0 / CC-BY-4.0"), run.out());
        assertTrue(run.out().contains("not here (bin/nashra models pull opus-mt-ar-en)"), run.out()
                + "\n(an argument with a space, the models folder, arrived in one piece)");
    }

    @Test
    void worksThroughARelativeSymlinkAndPassesTheExitStatus() throws Exception {
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("nashra"), Path.of("../nashra/bin/nashra"));
        Run help = cron("cd /tmp && " + quote(links.resolve("nashra")) + " --help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().startsWith("usage: bin/nashra <command>"), help.out());
        Run wrong = cron("cd / && " + quote(links.resolve("nashra")) + " frobnicate");
        assertEquals(2, wrong.exit(), "the command's exit status comes through: " + wrong.err());
        assertTrue(wrong.err().contains("unknown command \"frobnicate\""), wrong.err());
    }

    @Test
    void withoutTheJarItSaysHowToBuildIt() throws Exception {
        Path bare = tmp.resolve("fresh clone");
        copyScript(bare);
        Run run = cron("cd / && " + quote(bare.resolve("bin/nashra")) + " models list");
        assertEquals(1, run.exit());
        assertEquals("nashra: " + bare.toAbsolutePath() + "/target/nashra.jar is not built yet; build it with: cd '"
                + bare.toAbsolutePath() + "' && ./mvnw -q -B package -DskipTests\n", run.err());
    }

    @Test
    void withoutJavaItSaysWhatToInstall() throws Exception {
        Run run = env(List.of("PATH=/nonexistent"), "/bin/sh", install.resolve("bin/nashra").toString(), "--help");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("nashra: no java found (PATH=/nonexistent, JAVA_HOME=unset); install Java 17"),
                run.err());
    }

    @Test
    void theRepositorysLauncherRunsTheBuiltJar() throws Exception {
        Path jar = Path.of("target/nashra.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "target/nashra.jar is not built (the README's first command,"
                + " ./mvnw -q -B package -DskipTests, builds it); bin/nashra was still run by the other tests of this"
                + " class, against a jar they assembled");
        Run run = cron("cd / && " + quote(SCRIPT) + " models list --catalog " + quote(CATALOG) + " --models-dir "
                + quote(models));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("opus-mt-ar-en *"), run.out());
    }

    /** Every message that tells the user to run something names the launcher, a command that exists. */
    @Test
    void messagesNameTheLauncher() throws IOException {
        // "nashra brief: …" and "nashra models verify: …" are error prefixes naming the program, not commands to run.
        Pattern bare = Pattern.compile("[`(\"]nashra (models|brief|translate|bench-translate)( [a-z-]+)?+(?![:a-z-])");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("*") && !line.startsWith("//") && bare.matcher(line).find()) {
                        found.add(f + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
        for (String unit : List.of("jobs/nashra-briefing.crontab", "jobs/nashra-briefing.service")) {
            assertTrue(Files.readString(Path.of(unit)).contains("bin/nashra brief"), unit + " runs the launcher");
        }
    }
}
