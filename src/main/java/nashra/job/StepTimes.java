package nashra.job;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import nashra.translate.Translation;
import nashra.translate.Translator;

/**
 * Where step 1's time goes: the model's translating (tokenizer, ONNX Runtime and search, without
 * the checks around it), the sentence embeddings, and by difference everything else (reading,
 * cleaning, checks, summarising, writing, the job repository). Logged when the step ends, so the
 * cost of everything but translation is measured on every run rather than guessed.
 */
final class StepTimes {

    private final LongAdder translation = new LongAdder();
    private final LongSupplier embedding;

    /** @param embedding the embedder's running total of nanoseconds */
    StepTimes(LongSupplier embedding) {
        this.embedding = embedding;
    }

    /** The translator, timed. */
    Translator timed(Translator model) {
        return new Translator() {
            @Override
            public List<Translation> translate(List<String> sources) {
                long start = System.nanoTime();
                try {
                    return model.translate(sources);
                } finally {
                    translation.add(System.nanoTime() - start);
                }
            }

            @Override
            public List<List<Translation>> alternatives(List<String> sources, int beams) {
                long start = System.nanoTime();
                try {
                    return model.alternatives(sources, beams);
                } finally {
                    translation.add(System.nanoTime() - start);
                }
            }

            @Override
            public String modelName() {
                return model.modelName();
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }

    /** Nanoseconds spent translating so far. */
    long translationNanos() {
        return translation.sum();
    }

    /** Nanoseconds spent embedding so far. */
    long embeddingNanos() {
        return embedding.getAsLong();
    }
}
