package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nashra.translate.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Each kind of broken model directory stops with one clear message, before anything is translated. */
class BrokenModelTest {

    @TempDir
    Path tmp;

    private String failure(Path dir) {
        ModelException e = assertThrows(ModelException.class, () -> MarianTranslator.load(dir, TinyModel.options()).close());
        return e.getMessage();
    }

    @Test
    void missingDirectory() {
        String message = failure(tmp.resolve("nowhere"));
        assertTrue(message.contains("does not exist") && message.contains("--model-dir"), message);
    }

    @Test
    void missingFilesAreAllNamed() throws IOException {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Files.delete(dir.resolve("onnx/encoder_model.onnx"));
        Files.delete(dir.resolve("tokenizer.json"));
        String message = failure(dir);
        assertTrue(message.contains("onnx/encoder_model.onnx") && message.contains("tokenizer.json"), message);
    }

    @Test
    void decoderMissingInBothLayouts() throws IOException {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Files.delete(dir.resolve("onnx/decoder_model_merged.onnx"));
        Files.delete(dir.resolve("onnx/decoder_with_past_model.onnx"));
        assertTrue(failure(dir).contains("decoder_model_merged.onnx"));
    }

    @Test
    void unreadableOnnxFile() throws IOException {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Path encoder = dir.resolve("onnx/encoder_model.onnx");
        byte[] bytes = Files.readAllBytes(encoder);
        Files.write(encoder, Arrays.copyOf(bytes, bytes.length / 3)); // a half-finished download
        String message = failure(dir);
        assertTrue(message.contains("encoder_model.onnx") && message.contains("damaged"), message);
    }

    @Test
    void tokenizerVocabularyDoesNotMatchTheConfig() throws IOException {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        ObjectNode config = (ObjectNode) Json.read(dir.resolve("config.json"));
        config.put("vocab_size", config.get("vocab_size").asInt() + 5);
        Files.writeString(dir.resolve("config.json"), Json.MAPPER.writeValueAsString(config));
        String message = failure(dir);
        assertTrue(message.contains("does not belong to this model"), message);
    }

    @Test
    void configLayersDoNotMatchTheGraph() throws IOException {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        ObjectNode config = (ObjectNode) Json.read(dir.resolve("config.json"));
        config.put("decoder_layers", config.get("decoder_layers").asInt() + 1);
        Files.writeString(dir.resolve("config.json"), Json.MAPPER.writeValueAsString(config));
        String message = failure(dir);
        assertTrue(message.contains("decoder_model_merged.onnx") || message.contains("decoder_layers"), message);
    }

    @Test
    void tokenizerThatIsNotJson() throws IOException {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": ");
        assertTrue(failure(dir).contains("not valid JSON"));
    }

    @Test
    void notAMarianModel() throws IOException {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        ObjectNode config = (ObjectNode) Json.read(dir.resolve("config.json"));
        config.put("model_type", "bert");
        Files.writeString(dir.resolve("config.json"), Json.MAPPER.writeValueAsString(config));
        assertTrue(failure(dir).contains("Marian"));
    }

    /** The published exports' defect: a Precompiled normaliser whose map is null, and a wrong unk id. */
    private static Path withNullCharsmap(Path dir) throws IOException {
        ObjectNode tokenizer = (ObjectNode) Json.read(dir.resolve("tokenizer.json"));
        ObjectNode normalizer = Json.MAPPER.createObjectNode();
        normalizer.put("type", "Precompiled");
        normalizer.putNull("precompiled_charsmap");
        tokenizer.set("normalizer", normalizer);
        ((ObjectNode) tokenizer.get("model")).put("unk_id", 3);
        Files.writeString(dir.resolve("tokenizer.json"), Json.MAPPER.writeValueAsString(tokenizer), StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void nullCharsmapIsRepairedFromSourceSpm() throws IOException {
        Path dir = withNullCharsmap(TinyModel.copyTo(tmp.resolve("m")));
        // Presentation forms, a tatweel, zero-width and direction marks: the normaliser decides these.
        String tricky = "\uFEF7\uFE8E\u0644 \u0627\u0644\u0640\u0631\u0626\u064A\u0633\u200C \u200F\uFEDF\uFEE0\u0635\u062D\u0641\u064A\u064A\u0646";
        try (MarianTranslator original = MarianTranslator.load(TinyModel.DIR, TinyModel.options());
             MarianTranslator repaired = MarianTranslator.load(dir, TinyModel.options())) {
            assertTrue(repaired.tokenizerRepaired());
            assertFalse(original.tokenizerRepaired());
            assertArrayEquals(original.sourceIds(tricky), repaired.sourceIds(tricky));
            for (String sentence : TinyModel.sentences()) {
                assertArrayEquals(original.sourceIds(sentence), repaired.sourceIds(sentence), sentence);
            }
        }
    }

    @Test
    void nullCharsmapWithoutSourceSpmStopsClearlyInsteadOfCrashingTheJvm() throws IOException {
        Path dir = withNullCharsmap(TinyModel.copyTo(tmp.resolve("m")));
        Files.delete(dir.resolve("source.spm"));
        String message = failure(dir);
        assertTrue(message.contains("precompiled_charsmap") && message.contains("source.spm"), message);
    }
}
