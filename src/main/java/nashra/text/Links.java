package nashra.text;

import java.util.List;
import java.util.regex.Pattern;

/** Navigation and link lists: URLs, breadcrumbs, hashtags, "related news" blocks. */
final class Links {

    static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);

    private static final PhraseSet HOME = new PhraseSet("الرئيسية", "الصفحة الرئيسية", "الرئيسة", "home");
    /** Breadcrumb separators; a slash counts only with spaces around it ("1436/1437" is a date). */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+[/>|]\\s+|\\s*[»›]\\s*");

    /** Headers of "related" and "most read" blocks. */
    private static final PhraseSet RELATED = new PhraseSet(
            "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "موضوعات ذات صلة", "ذات صلة",
            "أخبار متعلقة", "أخبار أخرى", "المزيد من الأخبار", "آخر الأخبار", "أحدث الأخبار",
            "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تعليقا", "الأكثر تداولا", "الأكثر شعبية",
            "المواضيع الأكثر قراءة", "الأخبار الأكثر قراءة", "المقالات الأكثر قراءة",
            "مقالات أخرى للكاتب", "مقالات للكاتب", "اقرأ أيضا", "اقرأ المزيد", "شاهد أيضا", "طالع أيضا",
            "related news", "related", "read more", "read also", "most read", "more stories",
            "you may also like");
    /** Imperatives ("read also") that never open a story sentence, so they need no colon after them. */
    private static final PhraseSet IMPERATIVE = new PhraseSet("اقرأ أيضا", "شاهد أيضا", "طالع أيضا", "اقرأ المزيد");

    private Links() {
    }

    /** A line that is only a link, perhaps with a one- or two-word label ("الرابط: http://..."). */
    static boolean isUrlLine(String line) {
        String rest = URL.matcher(line).replaceAll(" ");
        return !rest.equals(line) && LineShape.words(rest) <= 2;
    }

    /** "الرئيسية / دولي / عنوان الخبر", or three short segments joined by "/", "»" or ">". */
    static boolean isBreadcrumb(String line) {
        String[] segments = CRUMB_SEPARATOR.split(line);
        if (segments.length < 2 || LineShape.words(line) > 25) {
            return false;
        }
        if (HOME.isPhrase(segments[0])) {
            return true;
        }
        if (segments.length < 3 || LineShape.endsLikeBody(line)) {
            return false;
        }
        for (int i = 0; i < segments.length - 1; i++) {
            int words = LineShape.words(segments[i]);
            if (words == 0 || words > 3) {
                return false;
            }
        }
        return LineShape.words(segments[segments.length - 1]) <= 15;
    }

    /** A line where hashtags are at least half the words: "#حلب #سوريا", "#المركز_الصحفي+مواقع". */
    static boolean isHashtagLine(String line) {
        if (LineShape.endsLikeBody(line)) {
            return false;
        }
        int tags = 0;
        int words = 0;
        for (String token : line.split("\\s+")) {
            if (LineShape.hasText(token)) {
                words++;
                if (token.startsWith("#")) {
                    tags++;
                }
            }
        }
        return tags > 0 && 2 * tags >= words;
    }

    /**
     * The header of a related-news block: the header alone ("أخبار ذات صلة", "RELATED NEWS"), or
     * the header with a link title after a colon ("اقرأ أيضا: ..."). A sentence that merely
     * starts with "آخر الأخبار" is left alone: it has no colon and ends like a sentence.
     */
    static boolean isRelatedHeader(String line) {
        List<String> words = PhraseSet.words(line);
        if (words.isEmpty() || words.size() > 15) {
            return false;
        }
        int n = RELATED.matchAt(words, 0);
        if (n == 0) {
            return false;
        }
        if (n == words.size()) {
            return true;
        }
        if (LineShape.endsLikeBody(line) && !line.strip().endsWith(":")) {
            return false;
        }
        String after = line.substring(PhraseSet.endOfWords(line, n)).stripLeading();
        return after.startsWith(":") || after.startsWith("-") || after.startsWith("–") || after.startsWith("|")
                || IMPERATIVE.matchAt(words, 0) > 0;
    }

    /** Whether a line below a related header still looks like a link title rather than story text. */
    static boolean isLinkLike(String line) {
        String s = line.strip();
        char last = s.charAt(s.length() - 1);
        return LineShape.words(s) <= 15 && ".:،,؛;".indexOf(last) < 0;
    }
}
