package nashra.summarize;

/**
 * English word counts for summary budgets: a word is a whitespace-separated run that holds at least
 * one letter or digit, so "U.S." and "$1.13bn" are one word each and a lone dash is none. This is
 * how a reader (and DUC's length limits) count words, not how ROUGE tokenises.
 */
public final class Words {

    private Words() {}

    /** The number of words in {@code text}; 0 for null or blank text. */
    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inRun = false;
        boolean runHasWord = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space) {
                if (inRun && runHasWord) {
                    words++;
                }
                inRun = false;
                runHasWord = false;
            } else {
                inRun = true;
                runHasWord |= Character.isLetterOrDigit(text.charAt(i));
            }
        }
        return words;
    }

    /** The first {@code limit} words of {@code text} (as {@link #count} counts them), joined by spaces. */
    public static String first(String text, int limit) {
        StringBuilder out = new StringBuilder();
        int kept = 0;
        for (String run : text.strip().split("\\s+")) {
            if (kept >= limit) {
                break;
            }
            if (run.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(run);
            if (run.codePoints().anyMatch(Character::isLetterOrDigit)) {
                kept++;
            }
        }
        return out.toString();
    }
}
