package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine runs dynamically quantised graphs (MatMulInteger on int8 weights, as the published
 * {@code *_quantized.onnx} exports have), prefers them when present, and produces transformers.js's
 * token ids on the same int8 files. The int8 graphs of the tiny model are built from its fp32
 * graphs by {@code build_fixtures.py quantize} (src/test/fixtures/marian).
 */
class QuantizedModelTest {

    static final Path INT8 = Path.of("src/test/resources/models/marian-tiny-int8/onnx");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"greedy.q8.transformersjs.jsonl", "greedy.beam-divergent.q8.transformersjs.jsonl"})
    void sameTokensAsTransformersJsOnTheSameInt8Files(String file) throws IOException {
        Path model = withInt8Graphs();
        List<TinyModel.Golden> golden = TinyModel.golden(file);
        assertFalse(golden.isEmpty());
        // Batch size 1, as the reference ran: activations are quantised per tensor, so the rows
        // of a batch share one scale and a batch may decide differently from one sentence alone.
        try (MarianTranslator translator = MarianTranslator.load(model, TinyModel.options().withBeams(1).withBatchSize(1))) {
            assertTrue(translator.files().quantized(), "the _quantized files are preferred");
            assertTrue(translator.files().encoder().getFileName().toString().endsWith("_quantized.onnx"));
            assertTrue(translator.modelName().endsWith("(quantized)"), translator.modelName());
            TinyModel.assertSameSequences(translator, golden);
        }
    }

    @Test
    void fullPrecisionCanStillBeForced() throws IOException {
        Path model = withInt8Graphs();
        try (MarianTranslator translator = MarianTranslator.load(model, TinyModel.options().withPreferQuantized(false))) {
            assertFalse(translator.files().quantized());
            assertEquals("encoder_model.onnx", translator.files().encoder().getFileName().toString());
            // On the held-out sentences the tiny model's int8 and fp32 greedy outputs agree (README,
            // Translation speed): the same translations as the fp32 reference.
            List<TinyModel.Golden> golden = TinyModel.golden("greedy.transformersjs.jsonl");
            assertArrayEquals(golden.get(0).sequence(), translator.generateBatch(List.of(golden.get(0).inputIds()))[0].sequence());
        }
    }

    /** The graphs are int8 MatMulInteger graphs, not fp32 copies under another name. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"encoder_model_quantized.onnx", "decoder_model_merged_quantized.onnx"})
    void theFixtureIsReallyQuantised(String file) throws IOException {
        String bytes = new String(Files.readAllBytes(INT8.resolve(file)), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("MatMulInteger") && bytes.contains("DynamicQuantizeLinear"), file);
        assertTrue(Files.size(INT8.resolve(file)) * 2 < Files.size(TinyModel.DIR.resolve("onnx").resolve(file.replace("_quantized", ""))),
                "int8 weights take under half the fp32 file");
    }

    private Path withInt8Graphs() throws IOException {
        Path model = TinyModel.copyTo(dir.resolve("marian-tiny"));
        for (String file : List.of("encoder_model_quantized.onnx", "decoder_model_merged_quantized.onnx")) {
            Files.copy(INT8.resolve(file), model.resolve("onnx").resolve(file));
        }
        return model;
    }
}
