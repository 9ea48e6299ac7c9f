package nashra.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An embedder that answers from vectors already computed (step 1's, read back from beside the
 * digests) and embeds only the sentences it has none for, with the embedder behind it, in one
 * call. It gives the same vectors as that embedder alone only if the known vectors came from it
 * and its vectors do not depend on their batch-mates ({@link SentenceEmbedder} with batch 1).
 */
public final class KnownVectors implements Embedder {

    private final Map<String, float[]> known;
    private final Embedder embedder;
    private long reused;
    private long embedded;

    /** @param known vectors by sentence; not copied, so the caller may keep filling it before use */
    public KnownVectors(Map<String, float[]> known, Embedder embedder) {
        this.known = Objects.requireNonNull(known);
        this.embedder = Objects.requireNonNull(embedder);
    }

    @Override
    public int dimension() {
        return embedder.dimension();
    }

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            float[] v = known.get(sentences.get(i));
            if (v != null && v.length == embedder.dimension()) {
                out[i] = v.clone();
            } else {
                missing.add(sentences.get(i));
                where.add(i);
            }
        }
        if (!missing.isEmpty()) {
            float[][] computed = embedder.embed(missing);
            for (int k = 0; k < computed.length; k++) {
                out[where.get(k)] = computed[k];
            }
        }
        synchronized (this) {
            reused += out.length - missing.size();
            embedded += missing.size();
        }
        return out;
    }

    /** Sentences answered from the known vectors so far. */
    public synchronized long reused() {
        return reused;
    }

    /** Sentences that had to be embedded so far. */
    public synchronized long embedded() {
        return embedded;
    }
}
