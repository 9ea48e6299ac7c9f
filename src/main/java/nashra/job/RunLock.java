package nashra.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One briefing run at a time per output folder: an operating-system lock on
 * {@code <output>/.nashra/run.lock}, held for as long as the run's process lives. The operating
 * system drops it when the process ends in any way, {@code kill -9} included; so a run that finds
 * the lock free and an execution of its date still "running" in the job repository knows for
 * certain that this execution's process is gone, without guessing from a timeout.
 */
final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or stops with one line naming the run that holds it. */
    static RunLock acquire(Path output, LocalDate date) throws IOException {
        Path file = output.resolve(".nashra").resolve("run.lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another run inside this same JVM
        }
        if (lock == null) {
            String holder = holder(file);
            channel.close();
            throw new ConfigurationProblem("another briefing run is writing to " + output.toAbsolutePath().normalize()
                    + (holder.isEmpty() ? "" : " (" + holder + ")")
                    + "; wait for it to finish (or stop it), then run the same command again.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", date " + date + ", since "
                + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new RunLock(channel, lock);
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
