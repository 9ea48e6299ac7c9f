package nashra.text;

import java.util.regex.Pattern;

/** The bottom of the page: "رابط الخبر", "تابعونا", author contacts, end markers, copyright, tags. */
final class Footers {

    private static final PhraseSet FOOTER_STARTS = new PhraseSet(
            "رابط الخبر", "رابط المقال", "رابط الموضوع", "رابط مختصر", "الرابط المختصر", "رابط دائم",
            "الرابط الدائم", "تابعونا", "تابعونا على", "لمتابعة آخر الأخبار", "لمتابعة أخبار", "للاشتراك",
            "اشترك في", "اشترك الآن", "حمل تطبيق", "للتواصل مع الكاتب", "للتواصل أرسل", "للإعلان",
            "لمزيد من الأخبار",
            "follow us", "subscribe");
    /** Wire-service end markers: "// انتهى //", "(يتبع)". */
    private static final PhraseSet END_MARKERS = new PhraseSet("انتهى", "يتبع", "انتهى الخبر", "end");
    private static final PhraseSet CONTACT_HEADER = new PhraseSet("للتواصل مع الكاتب", "للتواصل أرسل");
    /** Wire-service continuation markers at the top of a take: "إضافة خامسة وأخيرة". */
    private static final Pattern WIRE_TAKE = Pattern.compile(
            "^إضافة (?:أولى|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة|عاشرة|أخيرة)(?: وأخيرة)?$");
    private static final PhraseSet TAG_LABELS = new PhraseSet("الكلمات المفتاحية", "كلمات مفتاحية",
            "الكلمات الدلالية", "الوسوم", "وسوم", "tags", "keywords");
    /** Folded, so that they can be looked for anywhere in the line. */
    private static final String[] COPYRIGHT_WORDS = {"جميع الحقوق محفوظه", "حقوق النشر", "حقوق الطبع",
        "all rights reserved", "copyright"};
    private static final Pattern CONTACT_TOKEN = Pattern.compile(
            "\\S*@\\S+|(?i:twitter|e-?mail|تويتر|البريد الإلكتروني|ايميل)\\s*:?",
            Pattern.UNICODE_CHARACTER_CLASS);

    private Footers() {
    }

    static boolean isFooter(String line) {
        int words = LineShape.words(line);
        if (words <= 30 && FOOTER_STARTS.startsWith(line)) {
            return true;
        }
        if (words <= 3 && END_MARKERS.isPhrase(line) || WIRE_TAKE.matcher(line).matches()) {
            return true;
        }
        return isContactOnly(line);
    }

    /** "للتواصل مع الكاتب ..." opens a block: the SMS codes and numbers below it go too. */
    static boolean isContactHeader(String line) {
        return CONTACT_HEADER.startsWith(line);
    }

    /** Only e-mail addresses and handles: "aalorabi@hotmail.com", "تويتر: @name". */
    private static boolean isContactOnly(String line) {
        String rest = CONTACT_TOKEN.matcher(line).replaceAll(" ");
        return rest.length() != line.length() && !LineShape.hasText(rest) && line.indexOf('@') >= 0;
    }

    static boolean isCopyright(String line) {
        if (LineShape.words(line) > 25) {
            return false;
        }
        if (line.contains("©")) {
            return true;
        }
        if (LineShape.endsLikeBody(line)) {
            return false; // a sentence about copyright law, not a copyright notice
        }
        String folded = String.join(" ", PhraseSet.words(line));
        for (String phrase : COPYRIGHT_WORDS) {
            if (folded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** "الكلمات المفتاحية: ..." / "Tags: ...". */
    static boolean isTagLine(String line) {
        return LineShape.words(line) <= 30 && TAG_LABELS.startsWith(line) && line.contains(":");
    }
}
