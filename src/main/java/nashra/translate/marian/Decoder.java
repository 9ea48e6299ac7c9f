package nashra.translate.marian;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nashra.translate.ModelException;

/**
 * One decoding step, for either layout: the If-merged decoder (one session, switched by
 * {@code use_cache_branch}) or the split pair (a session without past inputs for the first step
 * and one with them afterwards). Each session is fed exactly the inputs it declares, so both
 * layouts share this code.
 */
final class Decoder implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession first;
    private final OrtSession next;
    private final Set<String> firstInputs;
    private final Set<String> nextInputs;
    private final Set<String> firstOutputs;
    private final int layers;
    private final int heads;
    private final int headDim;
    private final int vocab;
    private final OnnxTensor cacheBranchOff;
    private final OnnxTensor cacheBranchOn;

    Decoder(OrtEnvironment env, ModelFiles files, MarianConfig config, int threads) {
        this.env = env;
        this.layers = config.decoderLayers();
        this.heads = config.decoderHeads();
        this.headDim = config.headDim();
        this.vocab = config.vocabSize();
        if (files.decoderMerged().isPresent()) {
            Path merged = files.decoderMerged().get();
            first = Sessions.open(env, merged, threads);
            next = first;
            Sessions.expect(first, merged, concat(List.of("input_ids", "encoder_attention_mask", "encoder_hidden_states",
                    "use_cache_branch"), pastNames()), concat(List.of("logits"), presentNames(true)));
        } else {
            Path plain = files.decoder().orElseThrow();
            Path withPast = files.decoderWithPast().orElseThrow();
            first = Sessions.open(env, plain, threads);
            next = Sessions.open(env, withPast, threads);
            Sessions.expect(first, plain, List.of("input_ids", "encoder_attention_mask", "encoder_hidden_states"),
                    concat(List.of("logits"), presentNames(true)));
            Sessions.expect(next, withPast, concat(List.of("input_ids", "encoder_attention_mask"), pastNames()),
                    concat(List.of("logits"), presentNames(false)));
        }
        try {
            firstInputs = first.getInputNames();
            nextInputs = next.getInputNames();
            firstOutputs = first.getOutputNames();
            cacheBranchOff = OnnxTensor.createTensor(env, new boolean[] {false});
            cacheBranchOn = OnnxTensor.createTensor(env, new boolean[] {true});
        } catch (OrtException e) {
            throw new ModelException("Cannot prepare the decoder: " + e.getMessage(), e);
        }
        if (presentLayerCount(firstOutputs) != layers) {
            throw new ModelException("config.json says decoder_layers " + layers + " but the decoder graph has "
                    + presentLayerCount(firstOutputs) + " layers of cache: config.json does not belong to these ONNX files.");
        }
    }

    int vocab() {
        return vocab;
    }

    /**
     * Runs one step for every row: {@code tokens[r]} is row r's latest token. Writes the logits of
     * the next token into {@code logits} [rows, 1, vocab] and advances the cache.
     */
    void step(int[] tokens, EncoderOutput encoder, DecoderCache cache, BatchTensor logits, BufferPool pool) {
        int rows = tokens.length;
        boolean firstStep = cache.pastLength() == 0;
        int past = cache.pastLength();
        long srcLen = encoder.mask().dim(1);
        OrtSession session = firstStep ? first : next;
        Set<String> declared = firstStep ? firstInputs : nextInputs;

        List<BatchTensor> scratch = new ArrayList<>();
        BatchTensor[] newSelf = new BatchTensor[2 * layers];
        BatchTensor[] newCross = firstStep ? new BatchTensor[2 * layers] : null;
        try {
            BatchTensor ids = BatchTensor.longs(pool, rows, 1);
            scratch.add(ids);
            LongBuffer idBuf = ids.longView();
            for (int token : tokens) {
                idBuf.put(token);
            }
            Map<String, OnnxTensorLike> in = new HashMap<>();
            in.put("input_ids", ids.onnx(env));
            in.put("encoder_attention_mask", encoder.mask().onnx(env));
            in.put("encoder_hidden_states", encoder.hidden().onnx(env));
            in.put("use_cache_branch", firstStep ? cacheBranchOff : cacheBranchOn);
            BatchTensor empty = null;
            if (firstStep) {
                empty = BatchTensor.floats(pool, rows, heads, 0, headDim);
                scratch.add(empty);
            }
            for (int i = 0; i < layers; i++) {
                for (int kv = 0; kv < 2; kv++) {
                    String suffix = kv == 0 ? "key" : "value";
                    in.put("past_key_values." + i + ".decoder." + suffix,
                            firstStep ? empty.onnx(env) : cache.self(2 * i + kv).onnx(env));
                    in.put("past_key_values." + i + ".encoder." + suffix,
                            firstStep ? empty.onnx(env) : cache.cross(2 * i + kv).onnx(env));
                }
            }
            in.keySet().retainAll(declared);

            Map<String, OnnxValue> out = new HashMap<>();
            out.put("logits", logits.onnx(env));
            for (int i = 0; i < layers; i++) {
                for (int kv = 0; kv < 2; kv++) {
                    String suffix = kv == 0 ? "key" : "value";
                    newSelf[2 * i + kv] = BatchTensor.floats(pool, rows, heads, past + 1, headDim);
                    out.put("present." + i + ".decoder." + suffix, newSelf[2 * i + kv].onnx(env));
                    if (firstStep) {
                        newCross[2 * i + kv] = BatchTensor.floats(pool, rows, heads, srcLen, headDim);
                        out.put("present." + i + ".encoder." + suffix, newCross[2 * i + kv].onnx(env));
                    }
                }
            }
            session.run(in, Set.of(), out).close();
            cache.advance(newSelf, newCross);
        } catch (OrtException e) {
            closeAll(newSelf);
            closeAll(newCross);
            throw new IllegalStateException("decoder step " + past + " failed: " + e.getMessage(), e);
        } finally {
            scratch.forEach(BatchTensor::close);
        }
    }

    private static void closeAll(BatchTensor[] tensors) {
        if (tensors != null) {
            for (BatchTensor t : tensors) {
                if (t != null) {
                    t.close();
                }
            }
        }
    }

    private List<String> pastNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            for (String part : List.of("decoder.key", "decoder.value", "encoder.key", "encoder.value")) {
                names.add("past_key_values." + i + "." + part);
            }
        }
        return names;
    }

    private List<String> presentNames(boolean withEncoder) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            names.add("present." + i + ".decoder.key");
            names.add("present." + i + ".decoder.value");
            if (withEncoder) {
                names.add("present." + i + ".encoder.key");
                names.add("present." + i + ".encoder.value");
            }
        }
        return names;
    }

    private static int presentLayerCount(Set<String> outputs) {
        return (int) outputs.stream().filter(n -> n.startsWith("present.") && n.endsWith(".decoder.key")).count();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public void close() {
        cacheBranchOff.close();
        cacheBranchOn.close();
        try {
            first.close();
            if (next != first) {
                next.close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
