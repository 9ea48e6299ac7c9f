package nashra.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boilerplate glued to story text on the same line, cut off at the start or the end of the
 * line: a share bar before the first sentence, "القاهرة (رويترز) -" before the lead,
 * "رابط الخبر بصحيفة ...:" or an author's SMS code after the last sentence, a tag list after
 * the final full stop. What remains goes on to the line rules.
 */
final class Fragments {

    /** "القاهرة - (رويترز) -", "(أ ف ب) -": a place, an agency in brackets, a dash or colon. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(?:[\\p{L}\\p{M} ]{2,30}?\\s*[-–—]?\\s*)?\\(([^()]{1,25})\\)\\s*[-–—:]\\s*(?=\\S)");
    /** "سبق- ينبع: ", "عبدالله الراجحي- سبق- الرياض: ": outlet and place before a colon. */
    private static final Pattern OUTLET_DATELINE = Pattern.compile(
            "^(?:[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){0,2}\\s*-\\s*){1,2}[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){0,2}\\s*:\\s+(?=\\S)");
    private static final Pattern IMAGE_URL = Pattern.compile(
            "\\s*https?://\\S+?\\.(?:jpe?g|png|gif|webp)(?:\\?\\S*)?(?=\\s|$)", Pattern.CASE_INSENSITIVE);
    /** "رابط الخبر بصحيفة الوئام: headline" runs to the end of the line. */
    private static final Pattern STORY_LINK = Pattern.compile("\\s*رابط (?:الخبر|المقال)(?:\\s+\\S+){0,3}?\\s*:.*$");
    /** Author's contact glued to the last paragraph, e-mail first: "x@y.comللتواصل مع الكاتب ...". */
    private static final Pattern CONTACT_TAIL = Pattern.compile(
            "\\s*(?:(?:تويتر|twitter)\\s*:\\s*)?(?:\\S*@\\S*?)?\\s*للتواصل مع الكاتب.*$", Pattern.CASE_INSENSITIVE);
    /** A tag list after the last full stop: "... بكلية الطب. سمات تبوك جامعة وفاة معلمة". */
    private static final Pattern TAG_TAIL = Pattern.compile("(?<=^|[.!؟?\"”»)/])\\s*سمات\\s+([^.،,:؛!؟?\"«»()/]+)$");
    /** The author's other articles, glued after the last sentence: "... بخير. مقالات أخرى للكاتبعنوان...". */
    private static final Pattern AUTHOR_LINKS = Pattern.compile("\\s*مقالات أخرى للكاتب.*$");
    /** A wire end marker left at the end of the last paragraph: "... // يتبع //". */
    private static final Pattern END_MARKER_TAIL = Pattern.compile("\\s*//\\s*(?:انتهى|يتبع)\\s*//\\s*$");

    private Fragments() {
    }

    /**
     * The line with boilerplate cut from its ends; each cut piece is added to {@code removed}.
     * Tag lists are only looked for on the page's last line, where sites print them.
     */
    static String trim(String line, boolean lastLine, List<Removed> removed) {
        String s = cutShareBar(line, removed);
        s = cutPrefix(s, AGENCY_DATELINE, removed, true);
        s = cutPrefix(s, OUTLET_DATELINE, removed, false);
        s = cutAll(s, IMAGE_URL, Removed.URL, removed);
        s = cutSuffix(s, STORY_LINK, Removed.FOOTER, removed);
        s = cutSuffix(s, CONTACT_TAIL, Removed.FOOTER, removed);
        s = cutSuffix(s, AUTHOR_LINKS, Removed.RELATED_LINKS, removed);
        if (lastLine) {
            Matcher tags = TAG_TAIL.matcher(s);
            if (tags.find() && LineShape.words(tags.group(1)) <= 15) {
                s = cut(s, tags.start(), s.length(), Removed.TAGS, removed);
            }
            s = cutSuffix(s, END_MARKER_TAIL, Removed.FOOTER, removed);
        }
        return s.strip();
    }

    /** Two or more buttons in a row before the text: "Next Previous ...", "شارك من خلال تويتر فيسبوك ...". */
    private static String cutShareBar(String line, List<Removed> removed) {
        List<String> words = PhraseSet.words(line);
        int buttons = PageControls.BUTTONS.leadingEntries(words);
        int n = PageControls.BUTTONS.leadingWords(words);
        if (buttons < 2 || n >= words.size()) {
            return line;
        }
        String rest = cut(line, 0, PhraseSet.endOfWords(line, n), Removed.SHARE_BUTTONS, removed);
        return rest.replaceFirst("^[\\s|:\\-–—•·]+", "");
    }

    private static String cutPrefix(String line, Pattern prefix, List<Removed> removed, boolean agencyInBrackets) {
        Matcher m = prefix.matcher(line);
        if (!m.find()) {
            return line;
        }
        if (agencyInBrackets && !Agencies.NAMES.coversAll(m.group(1))) {
            return line;
        }
        String reason = agencyInBrackets ? Removed.DATELINE : Removed.BYLINE;
        return cut(line, 0, m.end(), reason, removed);
    }

    private static String cutSuffix(String line, Pattern suffix, String reason, List<Removed> removed) {
        Matcher m = suffix.matcher(line);
        return m.find() ? cut(line, m.start(), line.length(), reason, removed) : line;
    }

    private static String cutAll(String line, Pattern piece, String reason, List<Removed> removed) {
        Matcher m = piece.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            removed.add(new Removed(m.group().strip(), reason));
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String cut(String line, int start, int end, String reason, List<Removed> removed) {
        // The record shows the piece without the dash or colon that joined it to the story.
        String piece = line.substring(start, end).strip().replaceAll("[\\s\\-–—|:]+$", "");
        if (!piece.isEmpty()) {
            removed.add(new Removed(piece, reason));
        }
        return (line.substring(0, start) + " " + line.substring(end)).strip();
    }
}
