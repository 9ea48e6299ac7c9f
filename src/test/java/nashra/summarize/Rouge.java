package nashra.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L between a candidate summary and one reference.
 *
 * <p>Tokens come from {@link Tokens}: lower case, split on non-alphanumerics, and Porter-stemmed
 * (tokens longer than 3 characters) when {@code stem} is true. ROUGE-N counts n-gram matches
 * clipped to the smaller count; ROUGE-L uses the longest common subsequence of the two texts as
 * single token sequences (rouge-score's "rougeL", not the per-sentence union "rougeLsum"). No
 * stop-word removal, no length limit.
 */
public final class Rouge {

    /** Precision, recall and their harmonic mean F1; all 0 when nothing matches. */
    public record Score(double precision, double recall, double f1) {
        static Score of(int matches, int candidateCount, int referenceCount) {
            if (matches == 0 || candidateCount == 0 || referenceCount == 0) {
                return new Score(0, 0, 0);
            }
            double p = (double) matches / candidateCount;
            double r = (double) matches / referenceCount;
            return new Score(p, r, 2 * p * r / (p + r));
        }
    }

    /** The three scores of one candidate against one reference. */
    public record Scores(Score rouge1, Score rouge2, Score rougeL) {}

    private final boolean stem;

    /**
     * @param stem Porter-stem tokens longer than 3 characters before matching
     */
    public Rouge(boolean stem) {
        this.stem = stem;
    }

    public boolean stems() {
        return stem;
    }

    public Scores score(String candidate, String reference) {
        List<String> c = Tokens.of(candidate, stem);
        List<String> r = Tokens.of(reference, stem);
        return new Scores(ngrams(c, r, 1), ngrams(c, r, 2), longestCommonSubsequence(c, r));
    }

    /** ROUGE-N over token lists. */
    static Score ngrams(List<String> candidate, List<String> reference, int n) {
        Map<List<String>, Integer> referenceCounts = count(reference, n);
        Map<List<String>, Integer> candidateCounts = count(candidate, n);
        int matches = 0;
        for (Map.Entry<List<String>, Integer> e : candidateCounts.entrySet()) {
            matches += Math.min(e.getValue(), referenceCounts.getOrDefault(e.getKey(), 0));
        }
        int candidateTotal = Math.max(0, candidate.size() - n + 1);
        int referenceTotal = Math.max(0, reference.size() - n + 1);
        return Score.of(matches, candidateTotal, referenceTotal);
    }

    /** ROUGE-L over token lists. */
    static Score longestCommonSubsequence(List<String> candidate, List<String> reference) {
        return Score.of(lcsLength(candidate, reference), candidate.size(), reference.size());
    }

    static int lcsLength(List<String> a, List<String> b) {
        // Two rows of the dynamic programme are enough for the length.
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] =
                        a.get(i - 1).equals(b.get(j - 1))
                                ? previous[j - 1] + 1
                                : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static Map<List<String>, Integer> count(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }
}
