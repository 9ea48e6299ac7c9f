package nashra.job;

import java.nio.file.Path;
import java.time.LocalDate;
import nashra.article.Article;
import nashra.article.ArticleSource;
import nashra.article.ReadLimits;
import nashra.article.RejectedInputException;
import nashra.digest.ArticleDigest;
import nashra.digest.ArticleDigester;
import nashra.digest.ModelInfo;
import nashra.model.FirstUse;
import nashra.outlet.OutletRegistry;
import nashra.story.Stories;
import nashra.story.StoryGrouper;
import nashra.story.StorySummary;
import nashra.summarize.SentenceEmbedder;
import nashra.summarize.Summarizer;
import nashra.text.TextPipeline;
import nashra.translate.Translator;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code morningBriefing} job. Step 1 ("articles") is chunk-oriented, one item per article:
 * read → clean → segment → translate → summarise → write the digest; rejected inputs are skipped
 * and reported. Step 2 ("briefing") groups the digests into stories and writes the story digests
 * and the run's briefing. The domain work is done by plain
 * classes; this class only wires them into Spring Batch.
 *
 * <p>The translator and the embedder are beans created when the context starts, so a missing or
 * broken model stops the run before any article is read.
 */
@Configuration
@EnableConfigurationProperties(BriefingProperties.class)
class BriefingJobConfiguration {

    static final String JOB = "morningBriefing";
    static final String ARTICLES_STEP = "articles";
    static final String BRIEFING_STEP = "briefing";

    @Bean
    RunFolders runFolders(BriefingProperties properties, @Value("${nashra.briefing.date:}") String date,
            @Value("${nashra.briefing.redo:false}") boolean redo) {
        return new RunFolders(properties.output(), date.isBlank() ? LocalDate.now() : LocalDate.parse(date), redo);
    }

    @Bean
    ArticleSource articleSource(BriefingProperties properties, OutletRegistry outlets) {
        return new ArticleSource(
                new ReadLimits(properties.maxArticleChars() * 4L, ReadLimits.DEFAULT.maxFileBytes()), new TextPipeline(),
                outlets);
    }

    @Bean(destroyMethod = "close")
    MarianTranslator translator(BriefingProperties properties) {
        MarianOptions options = MarianOptions.defaults()
                .withThreads(properties.threads())
                .withBatchSize(properties.batchSize())
                .withBeams(properties.beams());
        // A missing default model is pulled now, before any article is read; offline, this stops
        // the run with one message saying how to bring the model here.
        Path modelDir = FirstUse.ensureModel(properties.modelDir(), properties.catalog(), properties.modelsBaseUrl(),
                System.err);
        ModelCheck.againstLockFile(modelDir);
        return MarianTranslator.load(modelDir, options);
    }

    @Bean(destroyMethod = "close")
    SentenceEmbedder sentenceEmbedder() {
        return SentenceEmbedder.load();
    }

    @Bean
    ModelInfo modelInfo(MarianTranslator translator) {
        return new ModelInfo(translator.modelName(), translator.revision());
    }

    @Bean
    ArticleDigester articleDigester(BriefingProperties properties, Translator translator, SentenceEmbedder embedder,
            ModelInfo model) {
        Summarizer summarizer = new Summarizer(embedder);
        ArticleDigester.KeySentences keySentences = (pairs, k) -> summarizer.pick(
                pairs.stream().map(p -> new nashra.summarize.Sentence(p.index(), p.ar(), p.en())).toList(), k)
                .stream().map(nashra.summarize.Sentence::index).sorted().toList();
        return new ArticleDigester(new TextPipeline(), translator, keySentences, properties.summaryLength(), model);
    }

    @Bean
    Job morningBriefing(JobRepository jobRepository, Step articlesStep, Step briefingStep) {
        return new JobBuilder(JOB, jobRepository).start(articlesStep).next(briefingStep).build();
    }

    /** Read when the context starts: a missing or broken registry stops the run before any article is read. */
    @Bean
    OutletRegistry outletRegistry(BriefingProperties properties) {
        try {
            return OutletRegistry.load(properties.outlets());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem(e.getMessage());
        }
    }

    @Bean
    Step articlesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BriefingProperties properties, RunFolders folders, ArticleDigester digester, ArticleSource source) {
        Progress progress = new Progress();
        RunLedger ledger = new RunLedger(folders.ledger());
        return new StepBuilder(ARTICLES_STEP, jobRepository)
                .<Article, ArticleDigest>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(new ArticleReader(source, properties.input(), folders.ledger(), progress))
                .processor(new ArticleProcessor(digester))
                .writer(new DigestItemWriter(folders.articles(), ledger, progress))
                .faultTolerant()
                // Only rejected inputs are skipped; anything else (a full disk, a model failure) stops
                // the run so that it can be fixed and restarted where it stopped.
                .skipPolicy((error, count) -> error instanceof RejectedInputException)
                .skipListener(new RejectsReport(folders.rejects(), ledger, progress))
                // Every restart runs this step again: it reads only the inputs the ledger does not
                // list as done, so inputs that arrived since the last attempt are briefed too.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Stories stories(BriefingProperties properties, SentenceEmbedder embedder) {
        return new Stories(new StoryGrouper(properties.storyThreshold(), properties.storyDaysApart()),
                new StorySummary(properties.storySummaryLength(), StorySummary.DEFAULT_SAME),
                properties.storyEmbeddings() ? embedder : null);
    }

    @Bean
    Step briefingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunFolders folders,
            ModelInfo model, BriefingProperties properties, Stories stories, ArticleSource source) {
        return new StepBuilder(BRIEFING_STEP, jobRepository)
                .tasklet(new BriefingTasklet(folders, model, properties.input(), stories, source), transactionManager)
                .build();
    }
}
