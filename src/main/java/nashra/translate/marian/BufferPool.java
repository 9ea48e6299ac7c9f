package nashra.translate.marian;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Direct buffers, reused. Every decoding step needs fresh cache and logits buffers of a slightly
 * larger size; allocating them anew would leave native memory to the garbage collector and let
 * the process grow. Buffers come in power-of-two size classes, so after the first batches the pool
 * holds what the largest batch needs and memory stays flat.
 */
final class BufferPool {

    private final Map<Integer, ArrayDeque<ByteBuffer>> free = new HashMap<>();

    synchronized ByteBuffer take(long bytes) {
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("tensor of " + bytes + " bytes is too large for one buffer");
        }
        int sizeClass = sizeClass(bytes);
        ArrayDeque<ByteBuffer> queue = free.get(sizeClass);
        ByteBuffer buffer = queue == null ? null : queue.pollLast();
        if (buffer == null) {
            buffer = ByteBuffer.allocateDirect(1 << sizeClass).order(ByteOrder.nativeOrder());
        }
        buffer.clear();
        return buffer;
    }

    synchronized void give(ByteBuffer buffer) {
        free.computeIfAbsent(sizeClass(buffer.capacity()), k -> new ArrayDeque<>()).addLast(buffer);
    }

    /** Bytes held for reuse, for tests and diagnostics. */
    synchronized long heldBytes() {
        return free.values().stream().flatMap(ArrayDeque::stream).mapToLong(ByteBuffer::capacity).sum();
    }

    private static int sizeClass(long bytes) {
        return Math.max(6, 64 - Long.numberOfLeadingZeros(Math.max(1, bytes) - 1));
    }
}
