package nashra.text;

import java.util.List;
import java.util.regex.Pattern;

/** Who wrote it, who sent it, where and when: credits, bylines, datelines, section labels. */
final class Credits {

    /** Words that go with an agency name in a credit line: "المصدر: وكالات"، "نقلا عن رويترز". */
    private static final PhraseSet CREDIT_WORDS = new PhraseSet("المصدر", "المصادر", "مصدر الخبر", "خدمة",
            "نقلا عن", "عن", "و", "source", "via");
    private static final PhraseSet SOURCE_LABEL = new PhraseSet("المصدر", "المصادر", "مصدر الخبر", "source");
    private static final PhraseSet SERVICE = new PhraseSet("خدمة");

    private static final PhraseSet BYLINE = new PhraseSet("كتب", "كتبت", "كتبه", "إعداد", "تحرير", "حوار",
            "تصوير", "متابعة", "ترجمة", "تقرير", "مراسل", "من مراسلنا", "by");
    private static final PhraseSet PEN = new PhraseSet("بقلم");
    /** "name – place" or "outlet – place": two short parts on either side of a dash. */
    private static final Pattern DASH = Pattern.compile("\\s*-\\s+|\\s+-\\s*|\\s*[–—]\\s*");
    /** "د. فلان", "م. فلان", "أ.د. فلان": a title abbreviation and a name, the author's signature. */
    private static final Pattern TITLED_NAME = Pattern.compile("^(?:أ\\.\\s?)?[دمأ]\\.\\s?\\p{L}+(?:\\s\\p{L}+){0,3}$");
    /** "خاص بـ«الشرق الأوسط»", "خاص لـ...": an exclusive credit. */
    private static final Pattern EXCLUSIVE = Pattern.compile("^[-*\\s]*خاص\\s*(?:ب|ل)");
    private static final Pattern NAME_LIST = Pattern.compile("\\s*[،,]\\s*");
    private static final Pattern OTHER_PUNCTUATION = Pattern.compile("[.،,:؛;!?؟\"«»“”()\\[\\]]");
    private static final Pattern CLOCK_OR_DATE = Pattern.compile("\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    /** A year with its era letter written on: Hijri "1436هـ" (tatweel already removed) or Gregorian "2015م". */
    private static final Pattern ERA_YEAR = Pattern.compile("\\d{3,4}[هم]");

    /** Section names that pages print above the headline. */
    private static final PhraseSet SECTIONS = new PhraseSet(
            "الأخبار السياسية", "أخبار سياسية", "سياسة", "السياسة", "أخبار محلية", "الأخبار المحلية",
            "محليات", "محلي", "دولي", "دوليات", "أخبار دولية", "الأخبار الدولية", "عربي", "عربي ودولي",
            "عربي وعالمي", "الأخبار العربية", "العالم", "اقتصاد", "الاقتصاد", "أخبار اقتصادية", "رياضة",
            "الرياضة", "ثقافة", "الثقافة", "ثقافة وفنون", "فن", "فنون", "منوعات", "صحة", "الصحة", "تقنية",
            "تكنولوجيا", "علوم", "مقالات", "آراء", "رأي", "الرأي", "أخبار", "الأخبار", "أخبار عاجلة", "عاجل",
            "تقارير", "حوارات", "تحقيقات", "news", "politics", "world");

    private Credits() {
    }

    /** "المصدر: وكالات", "(رويترز)", "- أ.ف.ب", "* خدمة «نيويورك تايمز»". */
    static boolean isSourceCredit(String line) {
        if (!LineShape.isLabel(line, 10)) {
            return false;
        }
        List<String> words = PhraseSet.words(line);
        if (words.isEmpty()) {
            return false;
        }
        int label = SOURCE_LABEL.matchAt(words, 0);
        if (label > 0 && label < words.size()) {
            String after = line.substring(PhraseSet.endOfWords(line, label)).stripLeading();
            if (after.startsWith(":") || after.startsWith("-") || after.startsWith("–")) {
                return true;
            }
        }
        if ((SERVICE.matchAt(words, 0) > 0 || EXCLUSIVE.matcher(line).find()) && words.size() <= 5) {
            return true;
        }
        return onlyAgencies(words);
    }

    /** Every word is an agency or a credit word, and at least one agency is named. */
    private static boolean onlyAgencies(List<String> words) {
        boolean agency = false;
        int i = 0;
        while (i < words.size()) {
            int n = Agencies.NAMES.matchAt(words, i);
            if (n > 0) {
                agency = true;
                i += n;
                continue;
            }
            n = CREDIT_WORDS.matchAt(words, i);
            if (n == 0) {
                return false;
            }
            i += n;
        }
        return agency;
    }

    /** "كتب: فلان", "بقلم فلان", "عين اليوم – متابعات", "نايف عبدالله – جدة". */
    static boolean isByline(String line) {
        if (!LineShape.isLabel(line, 8)) {
            return false;
        }
        List<String> words = PhraseSet.words(line);
        if (PEN.matchAt(words, 0) > 0 && words.size() > 1) {
            return true;
        }
        int n = BYLINE.matchAt(words, 0);
        if (n > 0 && n < words.size()) {
            String after = line.substring(PhraseSet.endOfWords(line, n)).stripLeading();
            if (after.startsWith(":") || after.startsWith("-") || after.startsWith("–")) {
                return true;
            }
        }
        return isNameDashPlace(line) || TITLED_NAME.matcher(line.strip()).matches();
    }

    /** Names (one to three words each, several joined by commas) on one side of a dash, a place or outlet on the other. */
    private static boolean isNameDashPlace(String line) {
        String[] parts = DASH.split(line.strip());
        if (parts.length != 2 || LineShape.words(line) > 8) {
            return false;
        }
        for (String part : parts) {
            for (String name : NAME_LIST.split(part)) {
                int words = LineShape.words(name);
                if (words < 1 || words > 3 || name.chars().anyMatch(Character::isDigit)
                        || OTHER_PUNCTUATION.matcher(name).find()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A line that is only a date or time, perhaps with a place and an agency:
     * "29.08.2016 | 15:44", "14:11 ت م", "الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس".
     * At most two other words (the place) are allowed, and fewer than the date words.
     */
    static boolean isDateline(String line) {
        // (An era letter may be written onto the year: "1436ه", "2015م".)
        if (LineShape.words(line) > 14 || LineShape.endsLikeBody(line)) {
            return false;
        }
        List<String> words = PhraseSet.words(ArabicDates.asciiDigits(line));
        boolean month = false;
        int dateWords = 0;
        int others = 0;
        int i = 0;
        while (i < words.size()) {
            int n = ArabicDates.monthWords().matchAt(words, i);
            if (n > 0) {
                month = true;
            } else {
                n = Math.max(ArabicDates.dateWords().matchAt(words, i), Agencies.NAMES.matchAt(words, i));
            }
            if (n > 0 || PhraseSet.isNumber(words.get(i)) || ERA_YEAR.matcher(words.get(i)).matches()) {
                dateWords++;
                i += Math.max(n, 1);
            } else {
                others++;
                i++;
            }
        }
        boolean looksDated = month || CLOCK_OR_DATE.matcher(ArabicDates.asciiDigits(line)).find();
        return looksDated && others <= 2 && others < dateWords;
    }

    /** A section name printed above the headline ("الاخبار السياسية"); only asked near the top. */
    static boolean isSectionLabel(String line) {
        return LineShape.words(line) <= 3 && SECTIONS.isPhrase(line);
    }
}
