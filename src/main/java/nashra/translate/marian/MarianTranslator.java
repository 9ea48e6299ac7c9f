package nashra.translate.marian;

import ai.onnxruntime.OrtEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nashra.translate.ClauseSplitter;
import nashra.translate.ModelException;
import nashra.translate.RepetitionDetector;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import nashra.translate.Translator;

/**
 * Marian (OPUS-MT) translation on ONNX Runtime.
 *
 * <p>Sentences are tokenised, split at clause boundaries when longer than the model takes,
 * sorted by length so that a batch wastes little on padding, encoded once per batch and decoded
 * greedily or with beam search; results come back in the caller's order.
 *
 * <p>The model may be opened more than once ({@link MarianOptions#sessions()}): each copy (a
 * "worker": encoder and decoder sessions) translates whole batches, the copies side by side, so
 * one call's batches run in parallel without ONNX Runtime's threads having to meet at every
 * operator. A worker is used by one thread at a time.
 */
public final class MarianTranslator implements Translator {

    private final ModelFiles files;
    private final GenerationSettings settings;
    private final MarianOptions options;
    private final MarianTokenizer tokenizer;
    private final List<Worker> workers;
    /** Idle workers; a batch takes one and gives it back, so concurrent calls never share one. */
    private final BlockingQueue<Worker> idle;
    /** Runs batches side by side when there is more than one worker; null otherwise. */
    private final ExecutorService parallel;
    private final BufferPool pool = new BufferPool();
    private final ClauseSplitter splitter;
    private final int maxInputTokens;
    private final RepetitionDetector repetition = RepetitionDetector.standard();
    private final boolean tokenizerRepaired;

    private MarianTranslator(ModelFiles files, MarianOptions options) {
        this.files = files;
        this.options = options;
        MarianConfig config = MarianConfig.read(files.config());
        GenerationSettings fromModel = GenerationSettings.read(files.generationConfig(), files.config());
        if (options.beams() > 0) {
            fromModel = fromModel.withBeams(options.beams());
        }
        if (options.maxLength() > 0) {
            fromModel = fromModel.withMaxLength(options.maxLength());
        }
        if (options.minLength() > 0) {
            fromModel = fromModel.withMinLength(options.minLength());
        }
        this.settings = fromModel;
        TokenizerFile.Checked checked = TokenizerFile.check(files.tokenizer(), files.sentencePiece(), config, settings);
        this.tokenizerRepaired = checked.repaired();
        OrtEnvironment env = Sessions.environment();
        MarianTokenizer tok = null;
        List<Worker> opened = new ArrayList<>();
        try {
            tok = new MarianTokenizer(checked);
            for (int i = 0; i < options.effectiveSessions(); i++) {
                opened.add(Worker.open(env, files, config, options.threadsPerSession()));
            }
        } catch (RuntimeException e) {
            opened.forEach(Worker::close);
            if (tok != null) {
                tok.close();
            }
            throw e;
        }
        this.tokenizer = tok;
        this.workers = List.copyOf(opened);
        this.idle = new ArrayBlockingQueue<>(workers.size(), false, workers);
        this.parallel = workers.size() == 1 ? null : Executors.newFixedThreadPool(workers.size(), r -> {
            Thread thread = new Thread(r, "marian-session");
            thread.setDaemon(true);
            return thread;
        });
        this.maxInputTokens = options.maxInputTokens() > 0 ? options.maxInputTokens() : config.maxPositions();
        this.splitter = new ClauseSplitter(text -> tokenizer.encode(text).length, maxInputTokens);
    }

    /** Loads the model in {@code directory}; stops with a {@link ModelException} that says what to fix. */
    public static MarianTranslator load(Path directory, MarianOptions options) {
        return new MarianTranslator(ModelFiles.locate(directory, options.preferQuantized()), options);
    }

    public GenerationSettings settings() {
        return settings;
    }

    public ModelFiles files() {
        return files;
    }

    public boolean tokenizerRepaired() {
        return tokenizerRepaired;
    }

    /**
     * The model's revision: the {@code revision} recorded beside it (by the model store), else the
     * first 12 hex digits of the SHA-256 of config.json, so a digest always names the exact model.
     */
    public String revision() {
        return ModelRevision.of(files.directory());
    }

    @Override
    public String modelName() {
        return files.directory().getFileName() + (files.quantized() ? " (quantized)" : "");
    }

    /** How many copies of the model's sessions translate side by side. */
    public int sessions() {
        return workers.size();
    }

    /** Bytes of direct buffers held for reuse; flat once the largest batch has been seen. */
    long pooledBytes() {
        return pool.heldBytes();
    }

    /** The source token ids the model sees for a sentence, eos included. */
    public long[] sourceIds(String sentence) {
        return tokenizer.encode(sentence);
    }

    @Override
    public List<Translation> translate(List<String> sources) {
        // Every sentence becomes one or more parts; parts are what the model translates.
        List<Part> parts = new ArrayList<>();
        int[] partCount = new int[sources.size()];
        for (int s = 0; s < sources.size(); s++) {
            String source = sources.get(s) == null ? "" : sources.get(s).strip();
            if (source.isEmpty()) {
                continue;
            }
            long[] ids = tokenizer.encode(source);
            if (ids.length <= maxInputTokens) {
                parts.add(new Part(s, partCount[s]++, ids)); // the usual case: tokenised once
            } else {
                for (String piece : splitter.split(source)) {
                    parts.add(new Part(s, partCount[s]++, tokenizer.encode(piece)));
                }
            }
        }
        Generated[] generated = generate(parts);

        Generated[][] bySentence = new Generated[sources.size()][];
        for (int s = 0; s < sources.size(); s++) {
            bySentence[s] = new Generated[partCount[s]];
        }
        for (int i = 0; i < parts.size(); i++) {
            bySentence[parts.get(i).sentence()][parts.get(i).index()] = generated[i];
        }
        List<Translation> out = new ArrayList<>(sources.size());
        for (int s = 0; s < sources.size(); s++) {
            out.add(assemble(sources.get(s), bySentence[s]));
        }
        return out;
    }

    /** Ids of the parts' outputs, in the order of {@code parts}. */
    private Generated[] generate(List<Part> parts) {
        Integer[] order = new Integer[parts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> parts.get(i).ids().length));
        // With several workers the batches are made a multiple of the workers in number and of
        // equal size (at most the configured size): otherwise a call of one batch and a bit (16
        // + 4), or of fewer batches than workers, leaves a worker idle while another finishes.
        int batchSize = options.batchSize();
        int batches = (order.length + batchSize - 1) / batchSize;
        if (workers.size() > 1 && order.length > 0) {
            batches = Math.min(order.length, (batches + workers.size() - 1) / workers.size() * workers.size());
            batchSize = (order.length + batches - 1) / batches;
            batches = (order.length + batchSize - 1) / batchSize;
        }
        Generated[] results = new Generated[parts.size()];
        int size = batchSize;
        Runnable[] jobs = new Runnable[batches];
        for (int b = 0; b < batches; b++) {
            int from = b * size;
            int to = Math.min(order.length, from + size);
            jobs[b] = () -> {
                List<long[]> batch = new ArrayList<>(to - from);
                for (int k = from; k < to; k++) {
                    batch.add(parts.get(order[k]).ids());
                }
                Generated[] out = generateBatch(batch);
                for (int k = from; k < to; k++) {
                    results[order[k]] = out[k - from];
                }
            };
        }
        runAll(jobs);
        return results;
    }

    /**
     * Runs the jobs, side by side on the workers when there are several: each thread takes the
     * next job until none is left, longest sentences (the last jobs) first so that the threads
     * finish together. The first failure is rethrown once all threads have stopped.
     */
    private void runAll(Runnable[] jobs) {
        if (parallel == null || jobs.length == 1) {
            for (Runnable job : jobs) {
                job.run();
            }
            return;
        }
        AtomicInteger next = new AtomicInteger(jobs.length);
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < Math.min(workers.size(), jobs.length); t++) {
            threads.add(parallel.submit(() -> {
                for (int j = next.decrementAndGet(); j >= 0; j = next.decrementAndGet()) {
                    try {
                        jobs[j].run();
                    } catch (RuntimeException | Error e) {
                        next.set(0); // the other threads stop after their current batch
                        throw e;
                    }
                }
            }));
        }
        RuntimeException failure = null;
        for (Future<?> thread : threads) {
            try {
                thread.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("translation failed: " + e.getCause(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while translating", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * The n-best translations of each sentence from a beam search with {@code beams} beams, best
     * first, each with its own confidence: what a glossary retry chooses from. A sentence too long
     * for the model in one piece gets only its usual translation.
     */
    @Override
    public List<List<Translation>> alternatives(List<String> sources, int beams) {
        if (beams < 2) {
            return Translator.super.alternatives(sources, beams);
        }
        GenerationSettings wide = settings.withBeams(beams);
        List<List<Translation>> out = new ArrayList<>(sources.size());
        List<Integer> fits = new ArrayList<>();
        List<long[]> ids = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            String source = sources.get(s) == null ? "" : sources.get(s).strip();
            long[] tokens = source.isEmpty() ? null : tokenizer.encode(source);
            if (tokens == null || tokens.length > maxInputTokens) {
                out.add(List.of(translate(sources.get(s))));
            } else {
                out.add(null);
                fits.add(s);
                ids.add(tokens);
            }
        }
        for (int from = 0; from < fits.size(); from += options.batchSize()) {
            int to = Math.min(fits.size(), from + options.batchSize());
            List<long[]> batch = ids.subList(from, to);
            Generated[][] nBest = withWorker(w -> {
                try (EncoderOutput encoded = w.encoder().encode(batch, settings.padTokenId(), pool)) {
                    return new BeamSearch(w.decoder(), wide).runAll(encoded, pool);
                }
            });
            for (int k = from; k < to; k++) {
                int s = fits.get(k);
                List<Translation> ranked = new ArrayList<>();
                for (Generated g : nBest[k - from]) {
                    ranked.add(assemble(sources.get(s), new Generated[] {g}));
                }
                out.set(s, ranked);
            }
        }
        return out;
    }

    /** Encodes one batch and decodes it with the configured search. Exposed for tests and benchmarks. */
    Generated[] generateBatch(List<long[]> batch) {
        return withWorker(w -> {
            try (EncoderOutput encoded = w.encoder().encode(batch, settings.padTokenId(), pool)) {
                return settings.numBeams() > 1
                        ? new BeamSearch(w.decoder(), settings).run(encoded, pool)
                        : new GreedySearch(w.decoder(), settings).run(encoded, pool);
            }
        });
    }

    /** Runs {@code work} on an idle worker, waiting for one if all are busy. */
    private <T> T withWorker(java.util.function.Function<Worker, T> work) {
        Worker worker;
        try {
            worker = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a translation session", e);
        }
        try {
            return work.apply(worker);
        } finally {
            idle.add(worker);
        }
    }

    private Translation assemble(String source, Generated[] parts) {
        Set<TranslationFlag> flags = EnumSet.noneOf(TranslationFlag.class);
        if (parts.length > 1) {
            flags.add(TranslationFlag.SPLIT);
        }
        List<int[]> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double logProb = 0;
        int scored = 0;
        for (Generated part : parts) {
            logProb += part.logProb();
            scored += part.scoredTokens();
            int[] content = part.content(settings.eosTokenId());
            tokens.add(content);
            if (part.reachedMaxLength()) {
                flags.add(TranslationFlag.MAX_LENGTH);
            }
            if (repetition.repeats(content)) {
                flags.add(TranslationFlag.REPETITION);
            }
            String english = tokenizer.decode(content).strip();
            if (!english.isEmpty()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(english);
            }
        }
        // Parts are weighed by their tokens, so a split sentence scores like the sentence it is.
        double confidence = scored == 0 ? Double.NaN : logProb / scored;
        return new Translation(source == null ? "" : source, text.toString(), tokens, flags, confidence, Map.of());
    }

    private record Part(int sentence, int index, long[] ids) {
    }

    /** One copy of the model's sessions. */
    private record Worker(Encoder encoder, Decoder decoder) {

        static Worker open(OrtEnvironment env, ModelFiles files, MarianConfig config, int threads) {
            Encoder encoder = new Encoder(env, files.encoder(), threads, config.dModel());
            try {
                return new Worker(encoder, new Decoder(env, files, config, threads));
            } catch (RuntimeException e) {
                encoder.close();
                throw e;
            }
        }

        void close() {
            decoder.close();
            encoder.close();
        }
    }

    @Override
    public void close() {
        if (parallel != null) {
            parallel.shutdownNow();
        }
        workers.forEach(Worker::close);
        tokenizer.close();
    }
}
