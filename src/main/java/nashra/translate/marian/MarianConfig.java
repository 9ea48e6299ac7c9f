package nashra.translate.marian;

import java.nio.file.Path;
import nashra.translate.ModelException;
import tools.jackson.databind.JsonNode;

/**
 * The model dimensions from {@code config.json} that the engine needs to build cache tensors and
 * check the tokenizer. transformers.js reads the same keys, so a model that works there works here.
 */
public record MarianConfig(
        int vocabSize,
        int dModel,
        int decoderLayers,
        int decoderHeads,
        int maxPositions,
        String modelType) {

    public int headDim() {
        return dModel / decoderHeads;
    }

    static MarianConfig read(Path file) {
        JsonNode root = Json.read(file);
        String type = root.path("model_type").asString("");
        if (!type.equals("marian")) {
            throw new ModelException(file + " says model_type \"" + type + "\", but Nashra runs Marian (OPUS-MT)"
                    + " translation models; point --model-dir at a Marian export such as Xenova/opus-mt-ar-en.");
        }
        MarianConfig config = new MarianConfig(
                Json.requiredInt(root, "vocab_size", file),
                Json.requiredInt(root, "d_model", file),
                Json.requiredInt(root, "decoder_layers", file),
                Json.requiredInt(root, "decoder_attention_heads", file),
                root.path("max_position_embeddings").asInt(512),
                type);
        if (config.dModel % config.decoderHeads != 0) {
            throw new ModelException(file + ": d_model " + config.dModel + " is not a multiple of decoder_attention_heads "
                    + config.decoderHeads + "; the config does not describe a valid Marian model.");
        }
        return config;
    }
}
