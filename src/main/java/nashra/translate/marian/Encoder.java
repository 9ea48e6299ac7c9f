package nashra.translate.marian;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the encoder once per batch over right-padded source ids. */
final class Encoder implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final int dModel;

    Encoder(OrtEnvironment env, Path file, int threads, int dModel) {
        this.env = env;
        this.session = Sessions.open(env, file, threads);
        this.dModel = dModel;
        Sessions.expect(session, file, List.of("input_ids", "attention_mask"), List.of("last_hidden_state"));
    }

    /** Encodes the given sources, padded on the right with {@code pad}. */
    EncoderOutput encode(List<long[]> sources, int pad, BufferPool pool) {
        int rows = sources.size();
        int length = sources.stream().mapToInt(s -> s.length).max().orElse(0);
        BatchTensor mask = BatchTensor.longs(pool, rows, length);
        BatchTensor hidden = BatchTensor.floats(pool, rows, length, dModel);
        try (BatchTensor ids = BatchTensor.longs(pool, rows, length)) {
            LongBuffer idBuf = ids.longView();
            LongBuffer maskBuf = mask.longView();
            for (long[] source : sources) {
                for (int i = 0; i < length; i++) {
                    boolean real = i < source.length;
                    idBuf.put(real ? source[i] : pad);
                    maskBuf.put(real ? 1 : 0);
                }
            }
            session.run(Map.of("input_ids", ids.onnx(env), "attention_mask", mask.onnx(env)),
                    Set.of(), Map.of("last_hidden_state", hidden.onnx(env))).close();
            return new EncoderOutput(mask, hidden);
        } catch (OrtException e) {
            mask.close();
            hidden.close();
            throw new IllegalStateException("encoder failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
