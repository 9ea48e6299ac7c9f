package nashra.summarize;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

import java.util.Set;

/**
 * DJL translator for a sentence-transformers BERT model exported to ONNX: a batch of sentences in,
 * one unit vector per sentence out.
 *
 * <p>It batches by itself (hence {@link NoBatchifyTranslator}): the tokenizer pads the batch to its
 * longest sentence, which DJL's stacking batchifier cannot do for sentences of different lengths.
 * Pooling is done in plain Java because the ONNX Runtime engine's NDArrays support almost no
 * operators without a second engine, and the arithmetic is trivial.
 */
final class EmbeddingTranslator implements NoBatchifyTranslator<String[], float[][]> {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    private static final String MASK_ATTACHMENT = "attentionMask";

    private final HuggingFaceTokenizer tokenizer;

    /**
     * The inputs the ONNX graph declares; some BERT exports drop token_type_ids. Replaced whole,
     * never emptied: the embedder's workers are predictors sharing this translator, DJL prepares it
     * again on each predictor's first call, and a worker may be building its inputs meanwhile.
     */
    private volatile Set<String> modelInputs = Set.of();

    EmbeddingTranslator(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public void prepare(TranslatorContext ctx) {
        modelInputs = Set.copyOf(ctx.getModel().describeInput().keys());
    }

    @Override
    public NDList processInput(TranslatorContext ctx, String[] sentences) {
        Encoding[] encodings = tokenizer.batchEncode(sentences);
        int batch = encodings.length;
        long[][] ids = new long[batch][];
        long[][] mask = new long[batch][];
        long[][] types = new long[batch][];
        for (int i = 0; i < batch; i++) {
            ids[i] = encodings[i].getIds();
            mask[i] = encodings[i].getAttentionMask();
            types[i] = encodings[i].getTypeIds();
        }
        ctx.setAttachment(MASK_ATTACHMENT, mask);

        // Arrays created on the context's manager are closed by DJL when predict() returns.
        NDManager manager = ctx.getNDManager();
        NDList inputs = new NDList();
        inputs.add(named(manager.create(ids), INPUT_IDS));
        inputs.add(named(manager.create(mask), ATTENTION_MASK));
        if (modelInputs.contains(TOKEN_TYPE_IDS)) {
            inputs.add(named(manager.create(types), TOKEN_TYPE_IDS));
        }
        return inputs;
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
        NDArray hidden =
                outputs.contains("last_hidden_state")
                        ? outputs.get("last_hidden_state")
                        : outputs.get(0);
        long[] shape = hidden.getShape().getShape();
        if (shape.length != 3) {
            throw new IllegalStateException(
                    "expected [batch, tokens, dim] but got " + hidden.getShape());
        }
        int batch = (int) shape[0];
        int tokens = (int) shape[1];
        int dim = (int) shape[2];
        float[] values = hidden.toFloatArray();
        long[][] mask = (long[][]) ctx.getAttachment(MASK_ATTACHMENT);
        return meanPool(values, mask, batch, tokens, dim);
    }

    /**
     * Mean of the token vectors the attention mask keeps (padding excluded), scaled to unit length:
     * the pooling all-MiniLM-L6-v2 was trained with.
     */
    static float[][] meanPool(float[] values, long[][] mask, int batch, int tokens, int dim) {
        float[][] pooled = new float[batch][dim];
        for (int b = 0; b < batch; b++) {
            float[] sum = pooled[b];
            int kept = 0;
            for (int t = 0; t < tokens; t++) {
                if (mask[b][t] == 0) {
                    continue;
                }
                kept++;
                int offset = (b * tokens + t) * dim;
                for (int d = 0; d < dim; d++) {
                    sum[d] += values[offset + d];
                }
            }
            if (kept > 0) {
                for (int d = 0; d < dim; d++) {
                    sum[d] /= kept;
                }
            }
            Vectors.normalize(sum);
        }
        return pooled;
    }

    private static NDArray named(NDArray array, String name) {
        // Named inputs are matched to the graph by name, not by position.
        array.setName(name);
        return array;
    }
}
