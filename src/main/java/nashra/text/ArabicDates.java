package nashra.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Dates as Arabic news pages write them: "29.08.2016", "2016-08-29", "11 اغسطس 2015",
 * "29 آب 2016" (Levantine month names) and Hijri "26 شوال 1436 هـ". Used to recognise
 * date lines (boilerplate) and to read an article's publication date.
 */
public final class ArabicDates {

    /** Gregorian months by their Egyptian/Gulf and their Levantine names, folded. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7),
            Map.entry("يوليه", 7), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10),
            Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4),
            Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8),
            Map.entry("ايلول", 9), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11),
            Map.entry("كانون الاول", 12));

    private static final Map<String, Integer> HIJRI_MONTHS = Map.ofEntries(
            Map.entry("محرم", 1), Map.entry("صفر", 2), Map.entry("ربيع الاول", 3), Map.entry("ربيع الاخر", 4),
            Map.entry("ربيع الثاني", 4), Map.entry("جمادي الاولي", 5), Map.entry("جمادي الاخره", 6),
            Map.entry("جمادي الثانيه", 6), Map.entry("رجب", 7), Map.entry("شعبان", 8), Map.entry("رمضان", 9),
            Map.entry("شوال", 10), Map.entry("ذو القعده", 11), Map.entry("ذي القعده", 11),
            Map.entry("ذو الحجه", 12), Map.entry("ذي الحجه", 12));

    /** Words that only ever sit around a date or a time: weekdays, era and clock markers. */
    private static final PhraseSet DATE_WORDS = new PhraseSet(
            "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "يوم",
            "هـ", "ه", "م", "الموافق", "ت م", "ص", "مساء", "صباحا", "ظهرا", "الساعة", "بتوقيت", "غرينتش",
            "توقيت مكة", "ساعة", "ساعات", "دقيقة", "دقائق", "gmt", "am", "pm", "آخر تحديث", "تحديث", "تاريخ النشر", "نشر في", "نشر", "منذ");

    private static final PhraseSet MONTH_WORDS = new PhraseSet(concat(MONTHS, HIJRI_MONTHS));

    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?!\\d)");
    private static final Pattern NUMERIC_YMD = Pattern.compile("(?<!\\d)(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})(?!\\d)");
    private static final Pattern NAMED = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(\\p{L}+(?:\\s\\p{L}+)?)\\s*,?\\s*(\\d{4})(?!\\d)");

    private ArabicDates() {
    }

    /** The first Gregorian date in the text; a Hijri date counts only when no Gregorian one is there. */
    public static Optional<LocalDate> find(String text) {
        String t = asciiDigits(Folding.fold(text));
        Optional<LocalDate> date = numeric(t).or(() -> named(t, MONTHS, false));
        return date.or(() -> named(t, HIJRI_MONTHS, true));
    }

    static PhraseSet dateWords() {
        return DATE_WORDS;
    }

    static PhraseSet monthWords() {
        return MONTH_WORDS;
    }

    private static Optional<LocalDate> numeric(String t) {
        Matcher dmy = NUMERIC_DMY.matcher(t);
        while (dmy.find()) {
            Optional<LocalDate> d = date(dmy.group(3), dmy.group(2), dmy.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher ymd = NUMERIC_YMD.matcher(t);
        while (ymd.find()) {
            Optional<LocalDate> d = date(ymd.group(1), ymd.group(2), ymd.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> named(String t, Map<String, Integer> months, boolean hijri) {
        Matcher m = NAMED.matcher(t);
        int from = 0;
        while (m.find(from)) {
            String name = m.group(2);
            Integer month = months.get(name);
            if (month != null) {
                int day = Integer.parseInt(m.group(1));
                int year = Integer.parseInt(m.group(3));
                try {
                    return Optional.of(hijri
                            ? LocalDate.from(HijrahDate.of(year, month, day))
                            : LocalDate.of(year, month, day));
                } catch (DateTimeException outOfRange) {
                    // not a real date; keep looking
                }
            }
            from = m.start() + 1;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2200) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Arabic-Indic and Persian digits as ASCII digits, so one pattern reads them all. */
    static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return out.toString();
    }

    private static String[] concat(Map<String, Integer> a, Map<String, Integer> b) {
        return Stream.concat(a.keySet().stream(), b.keySet().stream()).toArray(String[]::new);
    }
}
