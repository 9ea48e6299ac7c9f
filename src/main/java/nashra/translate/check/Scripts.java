package nashra.translate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which script a piece of text is written in. */
public final class Scripts {

    /**
     * A run of Latin letters and what usually holds a Latin name, code or link together (digits,
     * dots, slashes, hyphens, @ and the like), starting and ending with a letter or digit.
     */
    private static final Pattern LATIN_SPAN = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9._/:@#&?=+%~-]*[A-Za-z0-9/])?");

    private Scripts() {
    }

    /** True when the text has at least one Arabic letter (digits and punctuation do not count). */
    public static boolean hasArabicLetters(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The Latin-letter spans of a mostly Arabic sentence that an English translation should carry
     * over letter for letter: each has at least two Latin letters (a lone "x" or a number is not
     * one).
     */
    public static List<String> latinSpans(String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = LATIN_SPAN.matcher(text);
        while (m.find()) {
            String span = m.group();
            int letters = 0;
            for (int i = 0; i < span.length(); i++) {
                char c = span.charAt(i);
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                    letters++;
                }
            }
            if (letters >= 2) {
                spans.add(span);
            }
        }
        return spans;
    }
}
