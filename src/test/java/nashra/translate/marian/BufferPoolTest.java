package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class BufferPoolTest {

    @Test
    void reusesABufferOfTheSameSizeClass() {
        BufferPool pool = new BufferPool();
        ByteBuffer first = pool.take(1000);
        assertTrue(first.isDirect());
        assertEquals(1024, first.capacity());
        pool.give(first);
        assertSame(first, pool.take(900));
    }

    @Test
    void gatherCopiesRowsInTheGivenOrder() {
        BufferPool pool = new BufferPool();
        try (BatchTensor t = BatchTensor.floats(pool, 3, 2)) {
            t.floatView().put(new float[] {1, 2, 3, 4, 5, 6});
            try (BatchTensor g = t.gather(new int[] {2, 0, 2})) {
                float[] out = new float[6];
                g.floatView().get(out);
                assertEquals("[5.0, 6.0, 1.0, 2.0, 5.0, 6.0]", java.util.Arrays.toString(out));
                assertEquals(3, g.rows());
            }
        }
        // Both buffers are back in the pool, and closing twice does not hand one out twice.
        long held = pool.heldBytes();
        assertTrue(held >= 48);
    }
}
