package nashra.translate.marian;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * A float32 or int64 tensor whose first dimension is the batch row, held in a pooled direct
 * buffer. ONNX Runtime reads inputs from and writes pinned outputs into that buffer in place, so
 * the KV cache goes from one step's outputs to the next step's inputs without a copy; only when
 * rows leave the batch or beams are reordered are rows gathered into a new buffer.
 */
final class BatchTensor implements AutoCloseable {

    private final BufferPool pool;
    private final ByteBuffer buffer;
    private final long[] shape;
    private final boolean int64;
    private final int bytes;
    private OnnxTensor onnx;
    private boolean closed;

    private BatchTensor(BufferPool pool, boolean int64, long[] shape) {
        this.pool = pool;
        this.int64 = int64;
        this.shape = shape.clone();
        long elements = 1;
        for (long d : shape) {
            elements *= d;
        }
        this.bytes = Math.toIntExact(elements * (int64 ? 8 : 4));
        this.buffer = pool.take(bytes);
    }

    static BatchTensor floats(BufferPool pool, long... shape) {
        return new BatchTensor(pool, false, shape);
    }

    static BatchTensor longs(BufferPool pool, long... shape) {
        return new BatchTensor(pool, true, shape);
    }

    int rows() {
        return (int) shape[0];
    }

    long dim(int i) {
        return shape[i];
    }

    private int rowBytes() {
        return shape[0] == 0 ? 0 : bytes / (int) shape[0];
    }

    FloatBuffer floatView() {
        return buffer.slice(0, bytes).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    LongBuffer longView() {
        return buffer.slice(0, bytes).order(ByteOrder.nativeOrder()).asLongBuffer();
    }

    /** The ONNX Runtime view of this buffer, created once; no data is copied. */
    OnnxTensor onnx(OrtEnvironment env) {
        if (onnx == null) {
            try {
                onnx = int64 ? OnnxTensor.createTensor(env, longView(), shape)
                        : OnnxTensor.createTensor(env, floatView(), shape);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot wrap buffer of shape " + Arrays.toString(shape), e);
            }
        }
        return onnx;
    }

    /** A new tensor whose row j is this tensor's row {@code rows[j]}. */
    BatchTensor gather(int[] rows) {
        long[] newShape = shape.clone();
        newShape[0] = rows.length;
        BatchTensor out = new BatchTensor(pool, int64, newShape);
        int rowBytes = rowBytes();
        for (int j = 0; j < rows.length; j++) {
            out.buffer.put(j * rowBytes, buffer, rows[j] * rowBytes, rowBytes);
        }
        return out;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (onnx != null) {
            onnx.close();
            onnx = null;
        }
        pool.give(buffer);
    }
}
