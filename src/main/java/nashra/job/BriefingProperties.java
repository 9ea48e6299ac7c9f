package nashra.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The job definition ({@code jobs/morning-briefing.yml}, prefix {@code nashra.briefing}); every
 * value can also be given on the command line.
 *
 * @param input folder of the night's articles (.txt, .html, .jsonl)
 * @param output folder that receives one folder per run date
 * @param modelDir translation model directory (Optimum/transformers.js layout)
 * @param summaryLength key sentences per article
 * @param chunkSize articles per chunk (one transaction, one progress line)
 * @param threads ONNX Runtime threads for translation
 * @param batchSize sentences translated together
 * @param beams beams for translation, 0 for the model's own setting
 * @param maxArticleChars articles longer than this are rejected as too large
 * @param catalog the model catalog; a missing model dir {@code models/<name>} of it is pulled on first use
 * @param modelsBaseUrl where models are pulled from (the Hugging Face hub, or a mirror)
 */
@ConfigurationProperties("nashra.briefing")
public record BriefingProperties(
        Path input,
        Path output,
        Path modelDir,
        Integer summaryLength,
        Integer chunkSize,
        Integer threads,
        Integer batchSize,
        Integer beams,
        Integer maxArticleChars,
        Path catalog,
        java.net.URI modelsBaseUrl) {

    public BriefingProperties {
        input = input == null ? Path.of("jobs/samples") : input;
        output = output == null ? Path.of("briefings") : output;
        modelDir = modelDir == null ? Path.of("models/opus-mt-ar-en") : modelDir;
        summaryLength = summaryLength == null ? 3 : summaryLength;
        chunkSize = chunkSize == null ? 8 : chunkSize;
        threads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        batchSize = batchSize == null ? 16 : batchSize;
        beams = beams == null ? 0 : beams;
        maxArticleChars = maxArticleChars == null ? 200_000 : maxArticleChars;
        catalog = catalog == null ? Path.of("models/catalog.json") : catalog;
        modelsBaseUrl = modelsBaseUrl == null ? nashra.model.ModelPull.Settings.HUGGING_FACE : modelsBaseUrl;
    }
}
