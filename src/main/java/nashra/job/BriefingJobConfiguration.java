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
import nashra.translate.check.CheckedTranslator;
import nashra.translate.check.Glossary;
import nashra.translate.check.TranslationChecks;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;
import nashra.translate.memory.RememberingTranslator;
import nashra.translate.memory.TranslationMemory;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code morningBriefing} job. Step 1 ("articles") is chunk-oriented, one item per article:
 * read → clean → segment → translate → summarise → write the digest; rejected inputs are skipped
 * and reported. The sentences of a chunk's articles are translated together (see
 * {@link ArticleProcessor}), through the translation memory. Step 2 ("briefing") groups the
 * digests into stories and writes the story digests and the run's briefing. The domain work is done by plain
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
    @Profile("!" + DistributedConfiguration.WORKER)
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
    @Profile("!" + DistributedConfiguration.MANAGER)
    MarianTranslator translator(BriefingProperties properties) {
        MarianOptions options = MarianOptions.defaults()
                .withThreads(properties.threads())
                .withSessions(properties.translationSessions())
                .withBatchSize(properties.batchSize())
                .withBeams(properties.beams())
                .withMaxLength(properties.maxLength())
                .withMinLength(properties.minLength());
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

    /** Where step 1's time goes (logged when the step ends). */
    @Bean
    StepTimes stepTimes(SentenceEmbedder embedder) {
        return new StepTimes(embedder::nanos);
    }

    /** Step 1 keeps the sentence vectors step 2 needs beside the digests; step 2 reuses them. */
    @Bean
    DigestVectors digestVectors(SentenceEmbedder embedder) {
        return new DigestVectors(embedder);
    }

    @Bean
    @Profile("!" + DistributedConfiguration.MANAGER)
    ModelInfo modelInfo(MarianTranslator translator) {
        return new ModelInfo(translator.modelName(), translator.revision());
    }

    /** The glossary is read when the context starts, so a missing or broken file stops the run before any article. */
    @Bean
    @Profile("!" + DistributedConfiguration.MANAGER)
    TranslationChecks translationChecks(BriefingProperties properties) {
        Glossary glossary;
        try {
            glossary = Glossary.load(properties.glossary());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new ConfigurationProblem("nashra.briefing.glossary: cannot read " + properties.glossary() + " ("
                    + e.getMessage() + "). Point glossary at the names file (jobs/glossary.tsv in the repository).");
        }
        return TranslationChecks.standard(glossary, properties.minConfidence());
    }

    /**
     * The checked translator behind the translation memory (when on): a sentence is looked up
     * before the engine and kept after it, under a key naming the model files and every setting
     * that shapes a translation ({@link MemorySetup}). The memory's tables are created in the job's
     * database now, so a database that cannot hold them stops the run before any article.
     */
    @Bean
    @Profile("!" + DistributedConfiguration.MANAGER)
    RememberingTranslator rememberingTranslator(BriefingProperties properties, MarianTranslator marian,
            TranslationChecks checks, ObjectProvider<DataSource> dataSource, StepTimes times) {
        // The engine timed, so that step 1 can say how much of its time was translation.
        Translator checked = new CheckedTranslator(times.timed(marian), checks, properties.retryBeams());
        if (!properties.translationMemory()) {
            return new RememberingTranslator(checked, null, null);
        }
        TranslationMemory memory = TranslationMemory.open(dataSource.getObject());
        return new RememberingTranslator(checked, memory, memory.setup(MemorySetup.describe(marian, properties)));
    }

    @Bean
    @Profile("!" + DistributedConfiguration.MANAGER)
    ArticleDigester articleDigester(BriefingProperties properties, RememberingTranslator translator,
            SentenceEmbedder embedder, ModelInfo model) {
        Summarizer summarizer = new Summarizer(embedder,
                Summarizer.Options.defaults().withWords(properties.summaryWords()));
        ArticleDigester.KeySentences keySentences = (pairs, k) -> summarizer.pick(
                pairs.stream().map(p -> new nashra.summarize.Sentence(p.index(), p.ar(), p.en(), p.doubtful())).toList(), k)
                .stream().map(nashra.summarize.Sentence::index).sorted().toList();
        return new ArticleDigester(new TextPipeline(), translator, keySentences, properties.summaryLength(), model);
    }

    @Bean
    @Profile("!" + DistributedConfiguration.WORKER)
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

    /** Step 1 on one machine: every input of the night, in one step. */
    @Bean
    @Profile("!" + DistributedConfiguration.MANAGER + " & !" + DistributedConfiguration.WORKER)
    Step articlesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BriefingProperties properties, ArticleDigester digester, ArticleSource source,
            RememberingTranslator translator, StepTimes times, DigestVectors vectors) {
        return articleChunks(new StepBuilder(ARTICLES_STEP, jobRepository), transactionManager, properties, digester,
                source, translator, times, vectors)
                // Every restart runs this step again: it reads only the inputs the ledger does not
                // list as done, so inputs that arrived since the last attempt are briefed too.
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * Step 1's chunks, the same on one machine and on a worker of a distributed run: read an
     * article, digest it, write its files; rejected inputs are skipped and reported.
     */
    static ChunkOrientedStepBuilder<Article, ArticleDigest> articleChunks(StepBuilder builder,
            PlatformTransactionManager transactionManager, BriefingProperties properties, ArticleDigester digester,
            ArticleSource source, RememberingTranslator translator, StepTimes times, DigestVectors vectors) {
        StepFolders folders = new StepFolders(properties.output());
        Progress progress = new Progress(times);
        // The processor is also the chunk listener that translates each chunk's sentences together.
        ArticleProcessor processor = new ArticleProcessor(digester);
        return builder.<Article, ArticleDigest>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(new ArticleReader(source, properties.input(), folders, progress))
                .processor(processor)
                .listener(processor)
                .writer(new DigestItemWriter(folders, progress, properties.storyEmbeddings() ? vectors : null))
                .faultTolerant()
                // Only rejected inputs are skipped; anything else (a full disk, a model failure) stops
                // the run so that it can be fixed and restarted where it stopped.
                .skipPolicy((error, count) -> error instanceof RejectedInputException)
                .skipListener(new RejectsReport(folders, progress))
                .listener(new TranslationReport(translator))
                .listener(folders)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) progress);
    }

    @Bean
    @Profile("!" + DistributedConfiguration.WORKER)
    Stories stories(BriefingProperties properties, SentenceEmbedder embedder) {
        return new Stories(new StoryGrouper(properties.storyThreshold(), properties.storyDaysApart()),
                new StorySummary(properties.storySummaryLength(), StorySummary.DEFAULT_SAME,
                        properties.storySummaryWords()),
                properties.storyEmbeddings() ? embedder : null);
    }

    @Bean
    @Profile("!" + DistributedConfiguration.WORKER)
    Step briefingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunFolders folders,
            ObjectProvider<ModelInfo> model, BriefingProperties properties, Stories stories, ArticleSource source,
            DigestVectors vectors) {
        // A manager loads no translation model: the digests its workers wrote say which model it was.
        return new StepBuilder(BRIEFING_STEP, jobRepository)
                .tasklet(new BriefingTasklet(folders, model.getIfAvailable(), properties.input(), stories, source, vectors),
                        transactionManager)
                .build();
    }
}
