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
 * @param storyThreshold least pair score that puts two articles in one story, in (0, 1]; see
 *     {@link nashra.story.StoryGrouper#StoryGrouper(double, int)}
 * @param storyDaysApart articles further apart than this many days are never one story; negative for no limit
 * @param storySummaryLength sentences in a story's cross-source summary
 * @param storyEmbeddings whether the English sentence embeddings help the grouping
 * @param allowEmptyNight whether an input folder without articles is a night to record as done
 *     (by default it is a failure the operator hears about: the scraper has not delivered yet)
 * @param outlets the outlet registry file (README, "Outlets")
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
        java.net.URI modelsBaseUrl,
        Double storyThreshold,
        Integer storyDaysApart,
        Integer storySummaryLength,
        Boolean storyEmbeddings,
        Boolean allowEmptyNight,
        Path outlets) {

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
        storyThreshold = storyThreshold == null ? nashra.story.StoryGrouper.DEFAULT_THRESHOLD : storyThreshold;
        storyDaysApart = storyDaysApart == null ? nashra.story.StoryGrouper.DEFAULT_DAYS_APART : storyDaysApart;
        storySummaryLength = storySummaryLength == null ? nashra.story.StorySummary.DEFAULT_LENGTH : storySummaryLength;
        storyEmbeddings = storyEmbeddings == null || storyEmbeddings;
        allowEmptyNight = allowEmptyNight != null && allowEmptyNight;
        outlets = outlets == null ? nashra.outlet.OutletRegistry.DEFAULT_FILE : outlets;
        require(summaryLength >= 1, "summary-length must be at least 1, got " + summaryLength);
        require(chunkSize >= 1, "chunk-size must be at least 1, got " + chunkSize);
        require(threads >= 1, "threads must be at least 1, got " + threads);
        require(batchSize >= 1, "batch-size must be at least 1, got " + batchSize);
        require(beams >= 0, "beams must be 0 (the model's setting) or more, got " + beams);
        require(maxArticleChars >= 1, "max-article-chars must be at least 1, got " + maxArticleChars);
        require(storyThreshold > 0 && storyThreshold <= 1,
                "story-threshold must be above 0 and at most 1 (default 0.3; lower merges more), got " + storyThreshold);
        require(storySummaryLength >= 1, "story-summary-length must be at least 1, got " + storySummaryLength);
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new ConfigurationProblem("nashra.briefing." + problem + ". Fix it in the job definition or on the command line.");
        }
    }
}
