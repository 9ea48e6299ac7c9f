package nashra.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plain English sentence splitter for the evaluation data (the product splits Arabic in the
 * {@code text} package and gets English sentences one by one from translation, so it needs none).
 *
 * <p>A sentence ends at '.', '!' or '?' (with any closing quotes or brackets after it) when
 * whitespace and then a capital letter, digit or opening quote follow, unless the word before the
 * full stop is a single capital (an initial) or a common abbreviation. Paragraph breaks always end
 * a sentence.
 */
final class EnglishSentences {

    private static final Set<String> ABBREVIATIONS =
            Set.of(
                    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "co", "inc", "ltd",
                    "corp", "vs", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "rev",
                    "mt", "ft", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
                    "dec", "e.g", "i.e", "u.s", "u.k", "etc");

    private EnglishSentences() {}

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            splitParagraph(paragraph.replaceAll("\\s+", " ").trim(), sentences);
        }
        return sentences;
    }

    private static void splitParagraph(String p, List<String> out) {
        int start = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < p.length() && isClosing(p.charAt(end))) {
                end++;
            }
            if (end + 1 >= p.length()
                    || p.charAt(end) != ' '
                    || !startsSentence(p.charAt(end + 1))) {
                continue;
            }
            if (c == '.' && isAbbreviation(p, start, i)) {
                continue;
            }
            add(out, p.substring(start, end));
            start = end + 1;
            i = end;
        }
        add(out, p.substring(start));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || c == '"'
                || c == '\''
                || c == '('
                || c == '\u201c'
                || c == '\u2018';
    }

    /** The word ending at {@code dot} is an initial ("J. K.") or a known abbreviation. */
    private static boolean isAbbreviation(String p, int start, int dot) {
        int w = dot;
        while (w > start && p.charAt(w - 1) != ' ') {
            w--;
        }
        String word = p.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.trim();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
