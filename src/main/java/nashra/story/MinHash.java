package nashra.story;

import java.util.List;

/**
 * MinHash signatures over word shingles with a fixed, seeded hash family, so that signatures
 * (and therefore groupings) are the same on every run and machine.
 */
public final class MinHash {

    private final long[] seeds;

    public MinHash(int hashes, long seed) {
        seeds = new long[hashes];
        long state = seed;
        for (int i = 0; i < hashes; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
    }

    public int size() {
        return seeds.length;
    }

    /** Hashes of the word n-grams of the tokens; a text shorter than n gives one shingle of all it has. */
    public static long[] shingles(List<String> tokens, int n) {
        int count = Math.max(1, tokens.size() - n + 1);
        long[] out = new long[tokens.isEmpty() ? 0 : count];
        for (int i = 0; i < out.length; i++) {
            long h = 0x84222325CBF29CE4L;
            for (int j = i; j < Math.min(tokens.size(), i + n); j++) {
                h = mix(h ^ tokens.get(j).hashCode()) + j - i;
            }
            out[i] = h;
        }
        return out;
    }

    /** The signature: for each hash function the minimum over the shingles (all Long.MAX_VALUE when empty). */
    public long[] signature(long[] shingles) {
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(s ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** Fraction of agreeing positions: an unbiased estimate of the shingle sets' Jaccard similarity. */
    public static double jaccard(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** SplitMix64 finaliser: cheap and well mixed, enough for shingle hashing. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
