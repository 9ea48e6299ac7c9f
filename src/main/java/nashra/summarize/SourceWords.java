package nashra.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of a sentence's source text (the Arabic the English was translated from) for the
 * summariser's lexical centrality, and whether the sentence quotes or names a source. The source is
 * the original, so these features do not degrade when the translation does.
 *
 * <p>Arabic is folded lightly for matching (diacritics and tatweel removed; hamza forms of alef,
 * alef maqsura and taa marbuta unified) and the article prefix "ال" with its attached conjunctions
 * and prepositions is stripped, so "والرئيس" and "الرئيس" and "رئيس" match. Other scripts are lower
 * cased. Tokens of one character are dropped.
 */
public final class SourceWords {

    private static final String[] PREFIXES = {"وبال", "وال", "فال", "بال", "كال", "لل", "ال"};

    /** Verbs that introduce reported speech, folded: said, added, confirmed, explained, stated. */
    private static final Set<String> SAYING =
            Set.of("قال", "قالت", "اضاف", "اضافت", "اكد", "اكدت", "اوضح", "اوضحت", "صرح", "ذكر",
                    "ذكرت", "افاد", "افادت", "said", "says", "told", "added", "according");

    /** Common English function words (TextRank's evaluation baseline leaves out the same). */
    static final Set<String> ENGLISH_STOP_WORDS =
            Set.of(
                    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for",
                    "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it",
                    "its", "that", "this", "these", "those", "he", "she", "they", "we", "i", "you",
                    "his", "her", "their", "our", "has", "have", "had", "not", "will", "would",
                    "said", "also", "which", "who", "there", "than", "more", "s", "t", "into");

    /**
     * Function words left out of word overlap: common English ones and common Arabic ones (folded,
     * without the article), so that "the" or "في" does not make two sentences look alike.
     */
    private static final Set<String> STOP_WORDS = java.util.stream.Stream.concat(ENGLISH_STOP_WORDS.stream(),
            java.util.stream.Stream.of(
                    "في", "من", "علي", "الي", "عن", "ان", "ما", "لا", "هذا", "هذه", "تي", "ذي",
                    "ذلك", "مع", "كان", "قد", "او", "ثم", "كما", "بين", "بعد", "قبل", "عند", "حيث",
                    "كل", "لم", "لن", "هو", "هي", "تم", "وقد", "وفي", "ومن"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Pattern QUOTE = Pattern.compile("[«»\"“”]");

    private SourceWords() {}

    /** Folded word tokens of {@code text}. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isDiacritic(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(fold(c));
            } else if (word.length() > 0) {
                String w = stripPrefix(word.toString());
                if (w.length() > 1) {
                    out.add(w);
                }
                word.setLength(0);
            }
        }
        return out;
    }

    /** The tokens without function words ({@link #tokens} output or lower-cased English tokens). */
    public static List<String> content(List<String> tokens) {
        return tokens.stream().filter(t -> !STOP_WORDS.contains(t)).toList();
    }

    /**
     * True when the sentence quotes someone or attributes what it says: quotation marks, or a verb
     * of saying ("قال", "أكد", "said", "according").
     */
    public static boolean attributed(String text) {
        if (QUOTE.matcher(text).find()) {
            return true;
        }
        for (String w : tokens(text)) {
            // Conjunction-prefixed forms ("وقال", "وأضاف") are as common as bare ones.
            if (SAYING.contains(w) || (w.startsWith("و") && SAYING.contains(w.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640';
    }

    private static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            default -> Character.toLowerCase(c);
        };
    }

    private static String stripPrefix(String w) {
        for (String p : PREFIXES) {
            if (w.startsWith(p) && w.length() - p.length() >= 2) {
                return w.substring(p.length());
            }
        }
        return w.toLowerCase(Locale.ROOT);
    }
}
