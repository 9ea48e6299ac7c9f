package nashra.translate.marian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import nashra.translate.ModelException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks {@code tokenizer.json} before the native tokenizer ever sees it, and repairs the one
 * known defect of published Marian exports.
 *
 * <p>The script behind the transformers.js Marian exports writes
 * {@code "normalizer": {"type": "Precompiled", "precompiled_charsmap": null}} and a hard-coded
 * {@code unk_id}. The Rust tokenizers library in DJL panics on that null and aborts the whole JVM,
 * with no Java exception to catch, so the file is inspected here first. Where {@code source.spm}
 * is present the character map is restored from its normaliser spec (dropping the normaliser
 * would tokenise Arabic presentation forms and zero-width marks differently from SentencePiece)
 * and the unk id is taken from the vocabulary.
 */
final class TokenizerFile {

    /** The JSON to hand to the native tokenizer, and whether it had to be repaired. */
    record Checked(String json, int vocabSize, boolean repaired) {
    }

    private TokenizerFile() {
    }

    static Checked check(Path tokenizerJson, Optional<Path> sourceSpm, MarianConfig config, GenerationSettings settings) {
        JsonNode root = Json.read(tokenizerJson);
        JsonNode model = root.path("model");
        if (!model.path("type").asString("").equals("Unigram") || !model.path("vocab").isArray()) {
            throw new ModelException(tokenizerJson + " is not a SentencePiece Unigram tokenizer with a vocabulary;"
                    + " Marian models need one. Pull or re-export the model.");
        }
        ArrayNode vocab = (ArrayNode) model.get("vocab");
        checkVocabulary(tokenizerJson, vocab, config, settings);

        boolean repaired = false;
        if (hasNullCharsmap(root.path("normalizer"))) {
            if (sourceSpm.isEmpty()) {
                throw new ModelException(tokenizerJson + " has a Precompiled normalizer with a null precompiled_charsmap"
                        + " (a known defect of some Marian exports) and the model directory has no source.spm to restore it"
                        + " from. Put the model's source.spm beside tokenizer.json, or pull the model again.");
            }
            byte[] charsmap = SentencePieceModel.read(sourceSpm.get()).precompiledCharsmap();
            if (charsmap.length == 0) {
                throw new ModelException(sourceSpm.get() + " carries no precompiled normalizer map, so " + tokenizerJson
                        + " cannot be repaired. Pull the model again.");
            }
            fillCharsmap(root.path("normalizer"), Base64.getEncoder().encodeToString(charsmap));
            repaired = true;
        }
        int unk = indexOf(vocab, "<unk>");
        if (unk >= 0 && model.path("unk_id").asInt(-1) != unk) {
            ((ObjectNode) model).put("unk_id", unk);
            repaired = true;
        }
        String json = repaired ? Json.MAPPER.writeValueAsString(root) : read(tokenizerJson);
        return new Checked(json, vocab.size(), repaired);
    }

    private static void checkVocabulary(Path file, ArrayNode vocab, MarianConfig config, GenerationSettings settings) {
        if (vocab.size() != config.vocabSize()) {
            throw new ModelException(file + " has " + vocab.size() + " tokens but config.json says vocab_size "
                    + config.vocabSize() + ": the tokenizer does not belong to this model. Use the tokenizer.json"
                    + " exported with the model.");
        }
        expectPiece(file, vocab, settings.padTokenId(), "<pad>", "pad_token_id");
        expectPiece(file, vocab, settings.eosTokenId(), "</s>", "eos_token_id");
    }

    private static void expectPiece(Path file, ArrayNode vocab, int id, String piece, String setting) {
        String actual = id >= 0 && id < vocab.size() ? vocab.get(id).get(0).asString() : null;
        if (!piece.equals(actual)) {
            throw new ModelException(file + ": the model's " + setting + " " + id + " is \"" + actual
                    + "\" in the tokenizer, not \"" + piece + "\": the tokenizer does not belong to this model.");
        }
    }

    private static int indexOf(ArrayNode vocab, String piece) {
        for (int i = 0; i < vocab.size(); i++) {
            if (piece.equals(vocab.get(i).get(0).asString())) {
                return i;
            }
        }
        return -1;
    }

    /** True when the normaliser, or any member of a Sequence normaliser, is Precompiled with no map. */
    static boolean hasNullCharsmap(JsonNode normalizer) {
        if (normalizer == null || normalizer.isNull() || normalizer.isMissingNode()) {
            return false;
        }
        String type = normalizer.path("type").asString("");
        if (type.equals("Precompiled")) {
            JsonNode map = normalizer.get("precompiled_charsmap");
            return map == null || map.isNull();
        }
        if (type.equals("Sequence")) {
            for (JsonNode member : normalizer.path("normalizers")) {
                if (hasNullCharsmap(member)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void fillCharsmap(JsonNode normalizer, String base64) {
        String type = normalizer.path("type").asString("");
        if (type.equals("Precompiled")) {
            ((ObjectNode) normalizer).put("precompiled_charsmap", base64);
        } else if (type.equals("Sequence")) {
            normalizer.path("normalizers").forEach(member -> fillCharsmap(member, base64));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
