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
 * @param summaryLength key sentences per article at most
 * @param summaryWords English words in an article's summary at most (whole sentences only)
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
 * @param storySummaryLength sentences in a story's cross-source summary at most
 * @param storySummaryWords English words in a story's summary at most (whole sentences only)
 * @param storyEmbeddings whether the English sentence embeddings scale the grouping's event score (off by
 *     default: with readers' translations they lowered event F1 on the labelled evenings; README, "Stories")
 * @param allowEmptyNight whether an input folder without articles is a night to record as done
 *     (by default it is a failure the operator hears about: the scraper has not delivered yet)
 * @param glossary the names file (Arabic TAB English[|other] TAB kind) the NAME check uses
 * @param minConfidence mean token log-probability below which a sentence is flagged LOW_CONFIDENCE;
 *     calibrate with {@code nashra confidence} (README, "Checks")
 * @param retryBeams beams of the retry of a sentence flagged NAME or NUMBER; 0 for no retry
 * @param outlets the outlet registry file (README, "Outlets")
 * @param translationMemory whether translations are kept in the job's database and served again
 *     (README, "Translation memory")
 * @param maxLength longest English output in tokens (decoder start included), 0 for the model's setting
 * @param minLength shortest English output in tokens (decoder start included), 0 for the model's
 *     setting; benchmarks set both to force a fixed number of new tokens per sentence
 * @param translationSessions copies of the model translating batches side by side, the threads
 *     shared out among them; 0 for the engine's default, one single-threaded session per thread
 *     (README, "Translation speed"); each copy costs one more model in memory
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
        Path glossary,
        Double minConfidence,
        Integer retryBeams,

        Integer summaryWords,
        Integer storySummaryWords,
        Path outlets,
        Boolean translationMemory,
        Integer maxLength,
        Integer minLength,
        Integer translationSessions) {

    public BriefingProperties {
        input = input == null ? Path.of("jobs/samples") : input;
        output = output == null ? Path.of("briefings") : output;
        modelDir = modelDir == null ? Path.of("models/opus-mt-ar-en") : modelDir;
        summaryLength = summaryLength == null ? nashra.summarize.Summarizer.Options.defaults().k() : summaryLength;
        chunkSize = chunkSize == null ? 32 : chunkSize;
        threads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        batchSize = batchSize == null ? 16 : batchSize;
        beams = beams == null ? 0 : beams;
        maxArticleChars = maxArticleChars == null ? 200_000 : maxArticleChars;
        catalog = catalog == null ? Path.of("models/catalog.json") : catalog;
        modelsBaseUrl = modelsBaseUrl == null ? nashra.model.ModelPull.Settings.HUGGING_FACE : modelsBaseUrl;
        storyThreshold = storyThreshold == null ? nashra.story.StoryGrouper.DEFAULT_THRESHOLD : storyThreshold;
        storyDaysApart = storyDaysApart == null ? nashra.story.StoryGrouper.DEFAULT_DAYS_APART : storyDaysApart;
        storySummaryLength = storySummaryLength == null ? nashra.story.StorySummary.DEFAULT_LENGTH : storySummaryLength;
        storyEmbeddings = storyEmbeddings != null && storyEmbeddings;
        allowEmptyNight = allowEmptyNight != null && allowEmptyNight;
        glossary = glossary == null ? Path.of("jobs/glossary.tsv") : glossary;
        minConfidence = minConfidence == null ? DEFAULT_MIN_CONFIDENCE : minConfidence;
        retryBeams = retryBeams == null ? 8 : retryBeams;
        summaryWords = summaryWords == null ? nashra.summarize.Summarizer.DEFAULT_WORDS : summaryWords;
        storySummaryWords = storySummaryWords == null ? nashra.story.StorySummary.DEFAULT_WORDS : storySummaryWords;
        outlets = outlets == null ? nashra.outlet.OutletRegistry.DEFAULT_FILE : outlets;
        translationMemory = translationMemory == null || translationMemory;
        maxLength = maxLength == null ? 0 : maxLength;
        minLength = minLength == null ? 0 : minLength;
        translationSessions = translationSessions == null ? 0 : translationSessions;
        require(summaryLength >= 1, "summary-length must be at least 1, got " + summaryLength);
        require(chunkSize >= 1, "chunk-size must be at least 1, got " + chunkSize);
        require(threads >= 1, "threads must be at least 1, got " + threads);
        require(batchSize >= 1, "batch-size must be at least 1, got " + batchSize);
        require(beams >= 0, "beams must be 0 (the model's setting) or more, got " + beams);
        require(maxArticleChars >= 1, "max-article-chars must be at least 1, got " + maxArticleChars);
        require(storyThreshold > 0 && storyThreshold <= 1,
                "story-threshold must be above 0 and at most 1 (default 0.475; lower merges more), got " + storyThreshold);
        require(minConfidence <= 0, "min-confidence is a mean log-probability, at most 0 (default "
                + DEFAULT_MIN_CONFIDENCE + "; calibrate with nashra confidence), got " + minConfidence);
        require(retryBeams >= 0, "retry-beams must be 0 (no retry) or more, got " + retryBeams);
        require(maxLength == 0 || maxLength >= 2,
                "max-length must be 0 (the model's setting) or at least 2, got " + maxLength);
        require(minLength >= 0 && (maxLength == 0 || minLength <= maxLength),
                "min-length must be 0 (the model's setting) or more, and at most max-length, got " + minLength);
        require(translationSessions >= 0, "translation-sessions must be 0 (one single-threaded session per thread) or more,"
                + " got " + translationSessions);
        require(storySummaryLength >= 1, "story-summary-length must be at least 1, got " + storySummaryLength);
        require(summaryWords >= 10, "summary-words must be at least 10 (default 75), got " + summaryWords);
        require(storySummaryWords >= 10,
                "story-summary-words must be at least 10 (default 100), got " + storySummaryWords);
    }

    /**
     * A first guess for opus-mt-ar-en, not calibrated on it (no network here): sentences whose mean
     * token log-probability is below -1 (on average each word under 37% likely) are flagged.
     */
    static final double DEFAULT_MIN_CONFIDENCE = -1.0;

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new ConfigurationProblem("nashra.briefing." + problem + ". Fix it in the job definition or on the command line.");
        }
    }
}
