package nashra.translate;

/**
 * Detects degenerate output such as "the the the the" or "of the talks of the talks of the talks":
 * an n-gram repeated back to back more often than natural text does.
 */
public final class RepetitionDetector {

    private final int maxNgram;
    private final int minRepeats;

    /**
     * @param maxNgram longest n-gram to look for (n = 1..maxNgram)
     * @param minRepeats consecutive occurrences that count as a loop
     */
    public RepetitionDetector(int maxNgram, int minRepeats) {
        if (maxNgram < 1 || minRepeats < 2) {
            throw new IllegalArgumentException("maxNgram >= 1 and minRepeats >= 2 required");
        }
        this.maxNgram = maxNgram;
        this.minRepeats = minRepeats;
    }

    /** Defaults chosen so that ordinary news English ("very, very") never trips it. */
    public static RepetitionDetector standard() {
        return new RepetitionDetector(4, 4);
    }

    public boolean repeats(int[] tokens) {
        for (int n = 1; n <= maxNgram; n++) {
            if (repeatsWithPeriod(tokens, n)) {
                return true;
            }
        }
        return false;
    }

    /** True when some span of tokens is periodic with period n for minRepeats periods. */
    private boolean repeatsWithPeriod(int[] tokens, int n) {
        int needed = n * (minRepeats - 1); // positions that must equal the token n earlier
        int run = 0;
        for (int i = n; i < tokens.length; i++) {
            run = tokens[i] == tokens[i - n] ? run + 1 : 0;
            if (run >= needed) {
                return true;
            }
        }
        return false;
    }
}
