package nashra.job;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import nashra.article.Origin;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A share of a night's inputs for one worker of a distributed run: the inputs whose identity (the
 * path inside the input folder, and the line of a .jsonl file) hashes to {@code index} of
 * {@code count}. The hash is SHA-256, so every machine agrees on it, and it does not depend on
 * which other files are in the folder: a file that arrives late joins a partition without moving
 * any other input. One machine is the single partition that holds everything.
 */
record Partition(int index, int count) {

    static final Partition ALL = new Partition(0, 1);
    static final String INDEX = "partition.index";
    static final String COUNT = "partition.count";

    Partition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + " of " + count);
        }
    }

    /** The partition a step execution was given, or {@link #ALL} outside a partitioned run. */
    static Partition of(ExecutionContext context) {
        return context.containsKey(COUNT) ? new Partition(context.getInt(INDEX), context.getInt(COUNT)) : ALL;
    }

    boolean holds(Path folder, Origin origin) {
        if (count == 1) {
            return true;
        }
        String identity = folder.relativize(origin.file()).toString().replace('\\', '/') + ":" + origin.line();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return Math.floorMod(ByteBuffer.wrap(hash).getInt(), count) == index;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Splits a night into {@code count} partitions, one step execution each. */
    static Partitioner partitioner(int count) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                ExecutionContext context = new ExecutionContext();
                context.putInt(INDEX, i);
                context.putInt(COUNT, count);
                partitions.put(String.format("partition%03d", i), context);
            }
            return partitions;
        };
    }
}
