package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import nashra.digest.Briefing;
import nashra.digest.JsonFormat;
import nashra.model.HubServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's first run pulls a missing catalog model (here from a local server in the hub's URL
 * layout) before reading any article; with no network it stops with one message instead.
 */
class FirstUseTest {

    @TempDir
    Path tmp;

    private Path catalog(Path modelsDir) throws Exception {
        Files.createDirectories(modelsDir);
        String files = String.join(",",
                "{\"path\":\"config.json\",\"size\":null,\"sha256\":null}",
                "{\"path\":\"generation_config.json\",\"size\":null,\"sha256\":null}",
                "{\"path\":\"tokenizer.json\",\"size\":null,\"sha256\":null}",
                "{\"path\":\"tokenizer_config.json\",\"size\":null,\"sha256\":null}",
                "{\"path\":\"source.spm\",\"size\":null,\"sha256\":null,\"optional\":true}",
                "{\"path\":\"onnx/encoder_model.onnx\",\"size\":null,\"sha256\":null}",
                "{\"path\":\"onnx/decoder_model_merged.onnx\",\"size\":null,\"sha256\":null}");
        Path file = modelsDir.resolve("catalog.json");
        Files.writeString(file, "{\"default\":\"tiny\",\"models\":[{\"name\":\"tiny\",\"available\":true,\"repo\":\""
                + HubServer.REPO + "\",\"revision\":\"" + HubServer.REVISION + "\",\"licence\":\"test\","
                + "\"attribution\":\"test\",\"notes\":null,\"files\":[" + files + "]}]}");
        return file;
    }

    private MorningBriefingJobTest.Outcome brief(LocalDate date, Path modelDir, Path catalog, String baseUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BriefingLauncher.run(new BriefingLauncher.Request(Path.of("jobs/morning-briefing.yml"), date,
                        MorningBriefingJobTest.SAMPLES, tmp.resolve("out"), modelDir, false,
                        Map.of("nashra.briefing.catalog", catalog.toString(), "nashra.briefing.models-base-url", baseUrl,
                                "nashra.briefing.threads", "2")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new MorningBriefingJobTest.Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingCatalogModelIsPulledOnFirstUse() throws Exception {
        Path models = tmp.resolve("models");
        Path catalog = catalog(models);
        try (HubServer hub = new HubServer(MorningBriefingJobTest.MODEL)) {
            LocalDate date = LocalDate.of(2026, 11, 16);
            MorningBriefingJobTest.Outcome run = brief(date, models.resolve("tiny"), catalog, hub.baseUrl("127.0.0.1"));
            assertEquals(0, run.exit(), run.err());
            assertTrue(Files.isRegularFile(models.resolve("tiny/nashra.lock.json")));
            Briefing briefing = JsonFormat.read(Files.readString(tmp.resolve("out/" + date + "/briefing.json")), Briefing.class);
            assertEquals(HubServer.REVISION, briefing.model().revision(), "digests name the pinned revision");
        }
    }

    @Test
    void offlineTheRunStopsBeforeReadingWithOneMessage() throws Exception {
        Path models = tmp.resolve("models");
        Path catalog = catalog(models);
        LocalDate date = LocalDate.of(2026, 11, 15);
        MorningBriefingJobTest.Outcome run = brief(date, models.resolve("tiny"), catalog, "http://127.0.0.1:9");
        assertEquals(1, run.exit());
        String lastLine = run.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(lastLine.contains("`bin/nashra models pull tiny`") && lastLine.contains("--model-dir"), run.err());
        assertFalse(Files.exists(tmp.resolve("out/" + date)), "no article was read");
        assertFalse(Files.exists(models.resolve("tiny")), "no partial model in place");
    }
}
