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
    /** Cache tensor names, indexed like the cache: 2 * layer + (0 key, 1 value). Built once, not per step. */
    private final String[] pastSelf;
    private final String[] pastCross;
    private final String[] presentSelf;
    private final String[] presentCross;
    private final OnnxTensor cacheBranchOff;
    private final OnnxTensor cacheBranchOn;

    Decoder(OrtEnvironment env, ModelFiles files, MarianConfig config, int threads) {
        this.env = env;
        this.layers = config.decoderLayers();
        this.heads = config.decoderHeads();
        this.headDim = config.headDim();
        this.vocab = config.vocabSize();
        this.pastSelf = cacheNames("past_key_values", "decoder");
        this.pastCross = cacheNames("past_key_values", "encoder");
        this.presentSelf = cacheNames("present", "decoder");
        this.presentCross = cacheNames("present", "encoder");
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
            for (int j = 0; j < 2 * layers; j++) {
                in.put(pastSelf[j], firstStep ? empty.onnx(env) : cache.self(j).onnx(env));
                in.put(pastCross[j], firstStep ? empty.onnx(env) : cache.cross(j).onnx(env));
            }
            in.keySet().retainAll(declared);

            Map<String, OnnxValue> out = new HashMap<>();
            out.put("logits", logits.onnx(env));
            for (int j = 0; j < 2 * layers; j++) {
                newSelf[j] = BatchTensor.floats(pool, rows, heads, past + 1, headDim);
                out.put(presentSelf[j], newSelf[j].onnx(env));
                if (firstStep) {
                    newCross[j] = BatchTensor.floats(pool, rows, heads, srcLen, headDim);
                    out.put(presentCross[j], newCross[j].onnx(env));
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

    private String[] cacheNames(String prefix, String side) {
        String[] names = new String[2 * layers];
        for (int i = 0; i < layers; i++) {
            names[2 * i] = prefix + "." + i + "." + side + ".key";
            names[2 * i + 1] = prefix + "." + i + "." + side + ".value";
        }
        return names;
    }

    private List<String> pastNames() {
        return concat(List.of(pastSelf), List.of(pastCross));
    }

    private List<String> presentNames(boolean withEncoder) {
        return withEncoder ? concat(List.of(presentSelf), List.of(presentCross)) : List.of(presentSelf);
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
