package nashra.text;

import java.util.regex.Pattern;

/**
 * What a line looks like, as opposed to what it says: how many words, whether it ends the way
 * body sentences end. Boilerplate rules use these to stay away from story text: a button or a
 * credit is short and has no full stop, a story paragraph is long and ends with one.
 */
final class LineShape {

    /** Punctuation that ends body text (a full stop, question, exclamation, colon, comma). */
    private static final String BODY_ENDINGS = ".!?؟؛;:،,…";
    /** Closing quotes and brackets that may follow the final punctuation. */
    private static final String CLOSERS = "\"'”’»)]}";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private LineShape() {
    }

    /** Words that carry a letter or a digit; a lone dash or bullet is not a word. */
    static int words(String line) {
        int count = 0;
        for (String token : WHITESPACE.split(line.strip())) {
            if (hasText(token)) {
                count++;
            }
        }
        return count;
    }

    static boolean hasText(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Whether the line ends with the punctuation of body text, closing quotes aside. */
    static boolean endsLikeBody(String line) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || CLOSERS.indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && BODY_ENDINGS.indexOf(line.charAt(end - 1)) >= 0;
    }

    /** Short and without a body ending: the shape of a label, a button, a credit or a headline. */
    static boolean isLabel(String line, int maxWords) {
        return words(line) <= maxWords && !endsLikeBody(line);
    }

    static boolean hasArabic(String s) {
        return s.codePoints().anyMatch(LineShape::isArabicLetter);
    }

    static boolean hasLatin(String s) {
        return s.codePoints().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    static boolean isArabicLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}
