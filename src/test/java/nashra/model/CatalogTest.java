package nashra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        assertEquals("09c7556866400dcc53562ba8d7035119e7d9a2c1", def.revision());
        assertTrue(def.notes().contains("NOT verified from here"));
        // The sizes published for the pinned revision; no sha256 could be fetched from here.
        Map<String, CatalogFile> files = def.files().stream().collect(Collectors.toMap(CatalogFile::path, f -> f));
        assertEquals(Map.of("config.json", 1_376L, "tokenizer.json", 6_734_647L, "source.spm", 917_407L,
                "onnx/encoder_model_quantized.onnx", 51_790_238L, "onnx/decoder_model_merged_quantized.onnx", 59_094_632L),
                files.values().stream().filter(f -> !f.optional()).collect(Collectors.toMap(CatalogFile::path, CatalogFile::size)));
        assertTrue(def.files().stream().allMatch(f -> f.sha256() == null), "no hash is claimed that was not seen");
        // The engine can do without these: settings fall back to config.json; tokenizer_config.json is never read.
        assertTrue(files.get("generation_config.json").optional());
        assertTrue(files.get("tokenizer_config.json").optional());
        // Both licence sources, as each states it, with links.
        assertEquals("Apache-2.0 / CC-BY-4.0", def.licenceNames());
        assertEquals(List.of("https://huggingface.co/Helsinki-NLP/opus-mt-ar-en",
                "https://github.com/Helsinki-NLP/OPUS-MT-train/tree/master/models/ar-en"),
                def.licences().stream().map(Licence::url).toList());
        assertTrue(def.licenceSources().startsWith("Apache-2.0 (Helsinki-NLP/opus-mt-ar-en model card"), def.licenceSources());
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
        assertEquals(List.of(), m.licences());

        Files.writeString(file, """
                {"models": [{"name": "m", "repo": "o/m", "revision": "r1", "licence": "MIT", "files": []}]}""");
        assertEquals("MIT", Catalog.read(file).get(null).licenceNames(), "an older catalog's single licence string");

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
