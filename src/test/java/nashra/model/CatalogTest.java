package nashra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @Test
    void shippedCatalogPinsTheDefaultModel() {
        Catalog catalog = Catalog.read(Path.of("models/catalog.json"));
        CatalogEntry def = catalog.get(null);
        assertEquals("opus-mt-ar-en", def.name());
        assertEquals("Xenova/opus-mt-ar-en", def.repo());
        assertTrue(def.revision().matches("[0-9a-f]{40}"), "a pinned commit, not a branch");
        assertEquals("CC-BY-4.0", def.licence());
        assertTrue(def.notes().contains("NOT verified"));
        assertTrue(def.files().stream().anyMatch(f -> f.path().equals("onnx/decoder_model_merged_quantized.onnx")));
        assertTrue(def.files().stream().anyMatch(f -> f.path().equals("source.spm") && f.optional()));
        CatalogEntry big = catalog.get("opus-mt-tc-big-ar-en");
        assertFalse(big.available());
        assertTrue(big.notes().contains("optimum-cli export onnx"));
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        Catalog catalog = Catalog.read(Path.of("models/catalog.json"));
        ModelPullException e = assertThrows(ModelPullException.class, () -> catalog.get("nope"));
        assertTrue(e.getMessage().contains("opus-mt-ar-en"), e.getMessage());
    }

    @Test
    void readsSizesChecksumsAndRejectsABadChecksum(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalog.json");
        String sha = "ab".repeat(32);
        Files.writeString(file, """
                {"models": [{"name": "m", "repo": "o/m", "revision": "r1",
                  "files": [{"path": "a.json", "size": 12, "sha256": "%s"}, {"path": "b.onnx", "size": null, "sha256": null}]}]}
                """.formatted(sha.toUpperCase()));
        CatalogEntry m = Catalog.read(file).get(null);
        assertEquals(12L, m.files().get(0).size());
        assertEquals(sha, m.files().get(0).sha256());
        assertNull(m.files().get(1).size());
        assertNull(m.files().get(1).sha256());
        assertTrue(m.available());

        Files.writeString(file, """
                {"models": [{"name": "m", "repo": "o/m", "revision": "r1", "files": [{"path": "a", "sha256": "123"}]}]}""");
        assertThrows(ModelPullException.class, () -> Catalog.read(file));
        Files.writeString(file, """
                {"models": [{"name": "m", "repo": "o/m", "revision": "r1", "files": [{"path": "onnx/../../x"}]}]}""");
        assertTrue(assertThrows(ModelPullException.class, () -> Catalog.read(file)).getMessage().contains("relative path"));
        Files.writeString(file, """
                {"models": [{"name": "m", "repo": "o/m", "files": []}]}""");
        ModelPullException e = assertThrows(ModelPullException.class, () -> Catalog.read(file));
        assertTrue(e.getMessage().contains("\"revision\""), e.getMessage());
    }
}
