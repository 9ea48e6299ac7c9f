package nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nashra.model.HubServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nashra models list|pull|verify} against a local hub serving the tiny test model. */
class ModelsCommandTest {

    static final Path FIXTURE = Path.of("src/test/resources/models/marian-tiny");

    @TempDir
    Path models;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int nashra(String... argv) {
        out.reset();
        err.reset();
        return Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void writeCatalog() throws IOException {
        StringBuilder files = new StringBuilder();
        for (String f : new String[] {"config.json", "generation_config.json", "tokenizer.json", "source.spm",
                "onnx/encoder_model.onnx", "onnx/decoder_model_merged.onnx"}) {
            files.append(files.isEmpty() ? "" : ",").append("{\"path\": \"").append(f).append("\", \"size\": ")
                    .append(Files.size(FIXTURE.resolve(f))).append(", \"sha256\": null}");
        }
        Files.writeString(models.resolve("catalog.json"), """
                {"default": "tiny", "models": [
                  {"name": "tiny", "repo": "%s", "revision": "%s", "licence": "MIT", "attribution": "test", "files": [%s]},
                  {"name": "big", "available": false, "repo": "x/big", "licence": "CC-BY-4.0", "notes": "export it", "files": []}]}
                """.formatted(HubServer.REPO, HubServer.REVISION, files));
    }

    @Test
    void listPullVerify() throws IOException {
        writeCatalog();
        String dir = models.toString();
        assertEquals(0, nashra("models", "list", "--models-dir", dir));
        assertTrue(out().contains("not here (bin/nashra models pull tiny)"), out());
        assertTrue(out().contains("not available to pull"), out());
        try (HubServer hub = new HubServer(FIXTURE)) {
            assertEquals(0, nashra("models", "pull", "--models-dir", dir, "--base-url", hub.baseUrl("127.0.0.1")), err());
        }
        assertTrue(out().contains("Pulled tiny into"), out());
        // The hub publishes the sha256 of its LFS files; the small ones are checked by size only, and said so.
        assertTrue(out().contains(": sha256 checked for 3 of 6 files; the others were not verified."), out());
        assertTrue(out().contains("  sha256 checked against the hub's X-Linked-Etag: source.spm, onnx/encoder_model.onnx,"
                + " onnx/decoder_model_merged.onnx"), out());
        assertTrue(out().contains("  size only, against the catalog (no sha256 published): config.json,"
                + " generation_config.json, tokenizer.json"), out());
        assertTrue(out().contains("Licence: MIT."), out());
        assertTrue(Files.isRegularFile(models.resolve("tiny/nashra.lock.json")));
        assertEquals(0, nashra("models", "list", "--models-dir", dir));
        assertTrue(out().contains("here, sizes match the lock file (sizes only; run verify)"), out());
        assertEquals(0, nashra("models", "verify", "tiny", "--models-dir", dir), err());
        assertTrue(out().contains("6 files match"), out());

        Files.writeString(models.resolve("tiny/config.json"), "{}");
        assertEquals(1, nashra("models", "verify", "--models-dir", dir));
        assertTrue(err().contains("config.json: size"), err());
        assertEquals(0, nashra("models", "list", "--models-dir", dir));
        assertTrue(out().contains("DAMAGED"), out());
    }

    @Test
    void aMirrorWithoutChecksumsIsNotCalledVerified() throws IOException {
        // The catalog has the sha256 of config.json and the size of tokenizer.json; nothing else.
        String configSha = HubServer.sha256(FIXTURE.resolve("config.json"));
        Files.writeString(models.resolve("catalog.json"), """
                {"models": [{"name": "tiny", "repo": "%s", "revision": "%s", "files": [
                  {"path": "config.json", "size": null, "sha256": "%s"},
                  {"path": "tokenizer.json", "size": %d, "sha256": null},
                  {"path": "tokenizer_config.json", "size": null, "sha256": null, "optional": true},
                  {"path": "onnx/encoder_model.onnx", "size": null, "sha256": null},
                  {"path": "onnx/decoder_model_merged.onnx", "size": null, "sha256": null}]}]}
                """.formatted(HubServer.REPO, HubServer.REVISION, configSha, Files.size(FIXTURE.resolve("tokenizer.json"))));
        try (HubServer mirror = new HubServer(FIXTURE).plainMirror()) {
            mirror.missing.add("tokenizer_config.json");
            assertEquals(0, nashra("models", "pull", "--models-dir", models.toString(), "--base-url",
                    mirror.baseUrl("127.0.0.1")), err());
        }
        String said = out();
        assertFalse(said.contains("(verified"), said);
        assertTrue(said.contains(": sha256 checked for 1 of 4 files; the others were not verified."), said);
        assertTrue(said.contains("  sha256 checked against the catalog: config.json\n"), said);
        assertTrue(said.contains("  size only, against the catalog (no sha256 published): tokenizer.json\n"), said);
        assertTrue(said.contains("  not checked (no sha256 or size published; their sha256 is recorded for"
                + " `bin/nashra models verify`): onnx/encoder_model.onnx, onnx/decoder_model_merged.onnx\n"), said);
        assertTrue(said.contains("  absent at this revision (optional; the model works without them): tokenizer_config.json"), said);
        assertFalse(said.contains("X-Linked-Etag"), said);
        assertTrue(said.contains("Licence: licence unknown"), said);
    }

    @Test
    void offlineSaysWhatToDo() throws IOException {
        writeCatalog();
        int port;
        try (HubServer hub = new HubServer(FIXTURE)) {
            port = hub.port();
        }
        assertEquals(1, nashra("models", "pull", "tiny", "--models-dir", models.toString(),
                "--base-url", "http://127.0.0.1:" + port));
        assertTrue(err().contains("Pull the model on a connected machine with `bin/nashra models pull tiny`, copy the"
                + " models/tiny folder here, or pass --model-dir DIR."), err());
        assertFalse(Files.exists(models.resolve("tiny")));
    }

    @Test
    void mistakesAreUsageErrors() throws IOException {
        writeCatalog();
        assertEquals(2, nashra("models", "frobnicate", "--models-dir", models.toString()));
        assertEquals(2, nashra("models", "--models-dir", models.toString()));
        assertEquals(0, nashra("models", "--help"));
        assertTrue(out().contains("bin/nashra models pull"));
        assertEquals(1, nashra("models", "pull", "nope", "--models-dir", models.toString()));
        assertTrue(err().contains("No model named \"nope\""), err());
        assertEquals(1, nashra("models", "pull", "big", "--models-dir", models.toString()));
        assertTrue(err().contains("export it"), err());
        assertEquals(1, nashra("models", "list", "--models-dir", models.resolve("elsewhere").toString()));
        assertTrue(err().contains("catalog"), err());
    }
}
