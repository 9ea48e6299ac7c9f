package nashra.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds spelling variants so that word lists match what sites actually type: "اقرأ أيضاً",
 * "إقرا ايضا" and "اقرأ ايضًا" all fold to the same key. Used only for matching; the text
 * itself is never folded.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

    private Folding() {
    }

    public static String fold(String text) {
        String plain = MARKS.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                case 'ؤ' -> 'و';
                case 'ئ' -> 'ي';
                default -> c;
            });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
