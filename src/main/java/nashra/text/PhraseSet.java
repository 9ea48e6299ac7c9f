package nashra.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word list whose entries may be several words long ("أخبار ذات صلة", "جوجل بلس"), matched
 * on folded words so that hamza, ta marbuta and case differences do not matter.
 */
final class PhraseSet {

    /** A word: letters, marks and digits; everything else (dots, dashes, quotes) separates. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private final Set<String> phrases = new HashSet<>();
    private int longest;

    PhraseSet(String... entries) {
        for (String entry : entries) {
            List<String> words = words(entry);
            phrases.add(String.join(" ", words));
            longest = Math.max(longest, words.size());
        }
    }

    /** The folded words of a text, separators dropped. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Folding.fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Whether the whole text, separators aside, is one entry. */
    boolean isPhrase(String text) {
        return phrases.contains(String.join(" ", words(text)));
    }

    /** Whether some entry starts the text. */
    boolean startsWith(String text) {
        return matchAt(words(text), 0) > 0;
    }

    /** Length in words of the longest entry that starts at {@code from}, 0 when none does. */
    int matchAt(List<String> words, int from) {
        for (int n = Math.min(longest, words.size() - from); n > 0; n--) {
            if (phrases.contains(String.join(" ", words.subList(from, from + n)))) {
                return n;
            }
        }
        return 0;
    }

    /** How many entries follow one another from the first word; numbers between them are allowed. */
    int leadingEntries(List<String> words) {
        int count = 0;
        int i = 0;
        while (i < words.size()) {
            int n = matchAt(words, i);
            if (n > 0) {
                count++;
                i += n;
            } else if (isNumber(words.get(i)) && count > 0) {
                i++;
            } else {
                break;
            }
        }
        return i == 0 ? 0 : count;
    }

    /** Number of words that the leading entries (and numbers among them) take up. */
    int leadingWords(List<String> words) {
        int i = 0;
        int lastEntryEnd = 0;
        while (i < words.size()) {
            int n = matchAt(words, i);
            if (n > 0) {
                i += n;
                lastEntryEnd = i;
            } else if (isNumber(words.get(i)) && lastEntryEnd > 0) {
                i++;
            } else {
                break;
            }
        }
        return lastEntryEnd;
    }

    /** Whether every word of the text belongs to some entry (numbers allowed, at least one entry). */
    boolean coversAll(String text) {
        List<String> words = words(text);
        return !words.isEmpty() && leadingEntries(words) > 0 && allCovered(words);
    }

    private boolean allCovered(List<String> words) {
        int i = 0;
        while (i < words.size()) {
            int n = matchAt(words, i);
            if (n > 0) {
                i += n;
            } else if (isNumber(words.get(i))) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Character offset just after the {@code n}th word of the (unfolded) text, 0 for n = 0. */
    static int endOfWords(String text, int n) {
        Matcher m = WORD.matcher(text);
        int end = 0;
        for (int i = 0; i < n && m.find(); i++) {
            end = m.end();
        }
        return end;
    }

    static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }
}
