package nashra.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code nashra brief} (or {@code nashra worker}) in a child JVM of its own, as cron or systemd would start it, so that a
 * test can {@code kill -9} it at a chosen moment: a real dead process, not a simulated exception.
 * Output and errors go to a log file the test watches.
 */
final class ChildRun implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildRun(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code brief} with these arguments; the job's settings may come as environment variables. */
    static ChildRun start(Path log, Map<String, String> environment, String... briefArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("brief"));
        args.addAll(List.of(briefArgs));
        return command(log, environment, args);
    }

    /** Starts {@code nashra worker}; its settings come as environment variables. */
    static ChildRun worker(Path log, Map<String, String> environment) throws IOException {
        return command(log, environment, List.of("worker"));
    }

    private static ChildRun command(Path log, Map<String, String> environment, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classPath(), "nashra.cli.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ChildRun(builder.start(), log);
    }

    /** The test JVM's class path: surefire's manifest-only jar names every entry of it. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Waits until the child has printed {@code text}; fails if it ends first or takes too long. */
    ChildRun awaitOutput(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return this;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the run ended (exit " + process.exitValue() + ") before printing \"" + text
                        + "\":\n" + output());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no \"" + text + "\" within 180 s:\n" + output());
    }

    /** {@code kill -9}: the process gets no chance to record anything. */
    void kill9() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).start();
        if (kill.waitFor() != 0 || !process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("kill -9 " + process.pid() + " failed");
        }
    }

    /** Waits for the end; returns the exit status. */
    int exit() throws InterruptedException {
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the run did not end within 300 s");
        }
        return process.exitValue();
    }

    /** What the child printed; the last 4 MiB of it when it printed more. */
    String output() throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        long size = Files.size(log);
        long keep = 4L << 20;
        if (size <= keep) {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
        try (var file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            byte[] tail = new byte[(int) keep];
            file.seek(size - keep);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
