package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quantized files are used when present, unless full precision is asked for. */
class ModelFilesTest {

    @Test
    void prefersQuantizedFilesUnlessAskedForFullPrecision(@TempDir Path tmp) throws Exception {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        for (String stem : new String[] {"encoder_model", "decoder_model_merged"}) {
            Files.copy(dir.resolve("onnx/" + stem + ".onnx"), dir.resolve("onnx/" + stem + "_quantized.onnx"));
        }
        ModelFiles quantized = ModelFiles.locate(dir, true);
        assertTrue(quantized.quantized());
        assertEquals("encoder_model_quantized.onnx", quantized.encoder().getFileName().toString());
        assertEquals("decoder_model_merged_quantized.onnx", quantized.decoderMerged().orElseThrow().getFileName().toString());

        ModelFiles full = ModelFiles.locate(dir, false);
        assertEquals("encoder_model.onnx", full.encoder().getFileName().toString());
        assertEquals("decoder_model_merged.onnx", full.decoderMerged().orElseThrow().getFileName().toString());

        try (MarianTranslator translator = MarianTranslator.load(dir, TinyModel.options())) {
            assertTrue(translator.modelName().endsWith("(quantized)"));
        }
    }

    @Test
    void fallsBackToWhicheverVariantExists() {
        ModelFiles files = ModelFiles.locate(TinyModel.DIR, true); // the tiny model ships full precision only
        assertEquals("encoder_model.onnx", files.encoder().getFileName().toString());
        assertEquals(false, files.quantized());
    }
}
