package nashra.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last filter of the chain: cuts cleaned text into sentences the way Arabic news writes them.
 *
 * <ul>
 *   <li>{@code . ؟ ? ! ؛} and line breaks end sentences; a run such as {@code ؟!} counts once.</li>
 *   <li>Closing quotes and brackets after the full stop belong to the sentence they close.</li>
 *   <li>A quotation that closes within {@code maxQuote} characters is kept whole with the
 *       sentence that introduces it ("وقال: "... . ..."."), so the words keep their speaker.
 *       A longer one, or one that never closes, is split like ordinary text.</li>
 *   <li>No cut inside numbers (29.08.2016, 3.5, 8ر1), times (15:44), links, e-mail addresses,
 *       after a single-letter abbreviation (د. أ. أ.ف.ب), after a list number ("1."), or at an
 *       ellipsis ("..") inside a sentence.</li>
 *   <li>A full stop glued to the next Arabic word ("حلب.جاء") still ends the sentence: scraped
 *       pages often lose that space.</li>
 * </ul>
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = ".!?؟؛";
    private static final String CLOSERS = "”»)]’";
    /** Latin letters spelled in Arabic, as in "إن. بي. سي." (NBC) or "سي. آي. إيه." (CIA). */
    private static final Set<String> SPELLED_LETTERS = Set.of("إيه", "ايه", "آيه", "أي", "اي", "آي", "إي", "بي", "سي", "دي",
            "إف", "اف", "أف", "جي", "إتش", "اتش", "كيه", "كاي", "إل", "ال", "إم", "ام", "إن", "ان", "أو", "او", "كيو",
            "آر", "ار", "إس", "اس", "تي", "يو", "في", "إكس", "اكس", "واي", "زد");
    private static final Pattern UNBREAKABLE = Pattern.compile(
            "(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", Pattern.CASE_INSENSITIVE);

    private final int maxQuote;

    /** Quotations up to 300 characters are kept whole. */
    public SentenceSplitter() {
        this(300);
    }

    /** @param maxQuote longest quotation kept whole, in characters; 0 splits inside every quotation */
    public SentenceSplitter(int maxQuote) {
        this.maxQuote = maxQuote;
    }

    /** The sentences of a text whose paragraphs are separated by line breaks, with their offsets. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            splitParagraph(text, start, end, paragraph, sentences);
            paragraph++;
            start = end + 1;
        }
        return sentences;
    }

    private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        boolean[] locked = unbreakable(text, from, to);
        Quotes quotes = new Quotes();
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            quotes.see(text, i, to);
            if (TERMINATORS.indexOf(c) < 0 || locked[i - from]) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < to && TERMINATORS.indexOf(text.charAt(runEnd)) >= 0) {
                runEnd++;
            }
            if (!isBoundary(text, start, i, runEnd, to) || quotes.keepsWhole(text, runEnd, to, maxQuote)) {
                i = runEnd;
                continue;
            }
            int end = runEnd;
            while (end < to && closes(text.charAt(end), quotes)) {
                quotes.see(text, end, to);
                end++;
            }
            add(text, start, end, paragraph, out);
            start = end;
            i = end;
        }
        add(text, start, to, paragraph, out);
    }

    private static boolean closes(char c, Quotes quotes) {
        return CLOSERS.indexOf(c) >= 0 || (c == '"' && quotes.straightOpen());
    }

    /** Whether the terminators at [at, runEnd) end a sentence that began at {@code start}. */
    private static boolean isBoundary(String text, int start, int at, int runEnd, int to) {
        String run = text.substring(at, runEnd);
        if (!run.equals(".")) {
            // "..", "..." inside a sentence is a pause; "؟!" and "؛" end it.
            return !run.chars().allMatch(ch -> ch == '.') || runEnd >= to;
        }
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        char after = runEnd < to ? text.charAt(runEnd) : ' ';
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return false; // 3.5, 29.08.2016
        }
        if (isLatinOrDigit(after)) {
            return false; // file.pdf, U.S
        }
        String word = wordBefore(text, start, at);
        if (word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0))
                && !afterNumber(text, start, at - word.length())) {
            return false; // د. أ. أ.ف.ب — but "عام 2015 م." ends the sentence
        }
        if (isSpelledAcronym(text, start, at, runEnd, to, word)) {
            return false; // إن. بي. سي.
        }
        return !text.substring(start, at).strip().chars().allMatch(Character::isDigit); // "1." in a list
    }

    /** A spelled letter with a full stop, next to another one: part of an acronym, not a sentence end. */
    private static boolean isSpelledAcronym(String text, int start, int at, int runEnd, int to, String word) {
        if (!SPELLED_LETTERS.contains(word)) {
            return false;
        }
        int next = runEnd;
        while (next < to && text.charAt(next) == ' ') {
            next++;
        }
        int nextEnd = next;
        while (nextEnd < to && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        if (SPELLED_LETTERS.contains(text.substring(next, nextEnd))) {
            return true;
        }
        // The last letter of the acronym: the one before it is a spelled letter with a full stop.
        int prevEnd = at - word.length();
        while (prevEnd > start && text.charAt(prevEnd - 1) == ' ') {
            prevEnd--;
        }
        if (prevEnd <= start || text.charAt(prevEnd - 1) != '.') {
            return false;
        }
        String previous = wordBefore(text, start, prevEnd - 1);
        return SPELLED_LETTERS.contains(previous);
    }

    private static String wordBefore(String text, int start, int at) {
        int b = at;
        while (b > start && (Character.isLetter(text.charAt(b - 1)) || Character.getType(text.charAt(b - 1)) == Character.NON_SPACING_MARK)) {
            b--;
        }
        return text.substring(b, at);
    }

    private static boolean afterNumber(String text, int start, int wordStart) {
        int b = wordStart;
        while (b > start && text.charAt(b - 1) == ' ') {
            b--;
        }
        return b > start && Character.isDigit(text.charAt(b - 1));
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Character.isDigit(c);
    }

    private static boolean[] unbreakable(String text, int from, int to) {
        boolean[] locked = new boolean[to - from];
        Matcher m = UNBREAKABLE.matcher(text).region(from, to);
        while (m.find()) {
            // A full stop right after a link still ends the sentence: "... www.spa.gov.sa."
            int end = m.end();
            while (end > m.start() + 1 && TERMINATORS.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            for (int i = m.start(); i < end; i++) {
                locked[i - from] = true;
            }
        }
        return locked;
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String sentence = text.substring(start, end);
        if (LineShape.hasText(sentence)) {
            out.add(new Sentence(sentence, start, end, paragraph));
        }
    }

    /** Which quotation marks are open at the current position of one paragraph. */
    private static final class Quotes {
        private int guillemets;
        private int curly;
        private boolean straight;
        private int openedAt = -1;

        void see(String text, int i, int to) {
            char c = text.charAt(i);
            boolean wasOpen = isOpen();
            switch (c) {
                case '«' -> guillemets++;
                case '»' -> guillemets = Math.max(0, guillemets - 1);
                case '“' -> curly++;
                case '”' -> curly = Math.max(0, curly - 1);
                case '"' -> straight = !straight;
                default -> {
                    return;
                }
            }
            if (!wasOpen && isOpen()) {
                openedAt = i;
            }
        }

        boolean straightOpen() {
            return straight;
        }

        private boolean isOpen() {
            return guillemets > 0 || curly > 0 || straight;
        }

        /** Inside a quotation that closes later in this paragraph, short enough to keep whole. */
        boolean keepsWhole(String text, int from, int to, int maxQuote) {
            if (!isOpen() || maxQuote <= 0) {
                return false;
            }
            int next = from;
            while (next < to && text.charAt(next) == ' ') {
                next++;
            }
            int close = closingMark(text, from, to);
            // The mark right after the full stop closes the quotation here: the sentence ends with it.
            return close > next && close - openedAt <= maxQuote;
        }

        private int closingMark(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if ((guillemets > 0 && c == '»') || (curly > 0 && c == '”') || (straight && c == '"')) {
                    return i;
                }
            }
            return -1;
        }
    }
}
