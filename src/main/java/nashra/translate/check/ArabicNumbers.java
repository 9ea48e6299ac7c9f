package nashra.translate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nashra.translate.check.NumberMention.Kind;

/**
 * Finds the numbers an Arabic news sentence states: digits (ASCII, Arabic-Indic and Persian),
 * decimals with ٫ or the agencies' ر, thousands separators, dates (29.08.2016, ٢٩/٨), times
 * (15:44), month names (نوفمبر, أيلول), number words (ثلاثة، خمسة وعشرين، ثلاثمائة) and
 * counts without a value (عشرات، مئات، آلاف). A scale word after a number (120 مليون, 80 ألف)
 * makes one value of the two.
 */
public final class ArabicNumbers {

    private static final Pattern DATE_DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\s?([./-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d.])");
    private static final Pattern DATE_YMD = Pattern.compile("(?<![\\d.])(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d./])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])");
    /** MENA style decimals: the logical "8ر1" shows right to left as 1ر8 and means 1.8. */
    private static final Pattern RA_DECIMAL = Pattern.compile("(\\d+)ر(\\d+)");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{IsArabic}&&\\p{L}]+");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7),
            Map.entry("يوليه", 7), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10),
            Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            // The Levantine names.
            Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4), Map.entry("ايار", 5),
            Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8), Map.entry("ايلول", 9));
    /** Month names that are also ordinary words (مارس "practised", آب): months only beside a number. */
    private static final java.util.Set<String> AMBIGUOUS_MONTHS = java.util.Set.of("مارس", "اب", "تموز");

    /** Number words, folded (ا for أ إ آ, ي for ى, ه for ة). */
    private static final Map<String, Double> WORDS = numberWords();
    private static final Map<String, Double> VAGUE = Map.of(
            "عشرات", 10.0, "مئات", 100.0, "الاف", 1000.0, "ملايين", 1e6, "مليارات", 1e9);

    private ArabicNumbers() {
    }

    public static List<NumberMention> extract(String arabic) {
        List<NumberMention> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(digitsToAscii(arabic));
        consume(text, DATE_YMD, m -> {
            out.add(value(m.group(4), m.group(4)));
            out.add(monthDigits(m.group(3)));
            out.add(value(m.group(1), m.group(1)));
        });
        consume(text, DATE_DMY, m -> {
            if (Integer.parseInt(m.group(3)) <= 12 && Integer.parseInt(m.group(1)) <= 31) {
                out.add(value(m.group(1), m.group(1)));
                out.add(monthDigits(m.group(3)));
                int year = Integer.parseInt(m.group(4));
                out.add(new NumberMention(Kind.VALUE, m.group(4).length() == 2 ? (year < 50 ? 2000 : 1900) + year : year,
                        m.group(4)));
            }
        });
        consume(text, TIME, m -> {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h <= 24 && min < 60) {
                out.add(new NumberMention(Kind.TIME, h * 100 + min, m.group()));
            }
        });
        consume(text, DAY_MONTH, m -> {
            int d = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
                out.add(value(m.group(1), m.group(1)));
                out.add(monthDigits(m.group(2)));
            } else {
                out.add(value(m.group(1), m.group(1)));
                out.add(value(m.group(2), m.group(2)));
            }
        });
        String rest = RA_DECIMAL.matcher(text).replaceAll("$2.$1");
        words(rest, out);
        return dedupe(out);
    }

    /** The month (1-12) an Arabic month name stands for, or null; the word may carry hamza. */
    public static Integer month(String word) {
        return MONTHS.get(fold(word));
    }

    /** True for a number word or count (ثلاثة، عشرين، مليون، آلاف), with or without a leading و. */
    public static boolean isNumberWord(String word) {
        String folded = fold(word);
        return withoutConjunction(folded, WORDS) != null || withoutConjunction(folded, VAGUE) != null
                || scale(folded) != null;
    }

    /** Digits of every Arabic script as ASCII; ٫ as a decimal point, ٬ as a thousands comma. */
    public static String digitsToAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + c - '\u06F0'));
            } else if (c == '\u066B') {
                b.append('.');
            } else if (c == '\u066C') {
                b.append(',');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Walks the words: digits (with a scale word after them), number words, months, vague counts. */
    private static void words(String text, List<NumberMention> out) {
        List<String> tokens = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            originals.add(m.group());
            tokens.add(fold(m.group()));
        }
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (Character.isDigit(t.charAt(0))) {
                double v = parseDigits(t);
                int next = i + 1;
                String shown = originals.get(i);
                Double scale = next < tokens.size() ? scale(tokens.get(next)) : null;
                if (scale != null) {
                    v *= scale;
                    shown += " " + originals.get(next);
                    i = next;
                }
                out.add(new NumberMention(Kind.VALUE, v, shown));
                continue;
            }
            // The Levantine names of two words: تشرين الأول (October), كانون الثاني (January) ...
            if ((t.equals("تشرين") || t.equals("كانون")) && i + 1 < tokens.size()
                    && (tokens.get(i + 1).equals("الاول") || tokens.get(i + 1).equals("الثاني"))) {
                int levantine = (t.equals("تشرين") ? 10 : 12) + (tokens.get(i + 1).equals("الاول") ? 0 : 1);
                out.add(new NumberMention(Kind.MONTH, levantine > 12 ? 1 : levantine, originals.get(i) + " " + originals.get(i + 1)));
                i++;
                continue;
            }
            Integer month = MONTHS.get(t);
            if (month != null && (!AMBIGUOUS_MONTHS.contains(t) || besideNumber(tokens, i))) {
                out.add(new NumberMention(Kind.MONTH, month, originals.get(i)));
                continue;
            }
            String bare = withoutConjunction(t, VAGUE);
            if (bare != null) {
                out.add(new NumberMention(Kind.VAGUE, VAGUE.get(bare), originals.get(i)));
                continue;
            }
            // A run of number words: ثلاثة, خمسة وعشرين, ثلاثمائة ألف.
            NumberWordSum sum = new NumberWordSum();
            int j = i;
            StringBuilder shown = new StringBuilder();
            while (j < tokens.size()) {
                String w = withoutConjunction(tokens.get(j), WORDS);
                Double plural = j > i ? scale(tokens.get(j)) : null;
                if (w == null && plural != null) {
                    // ثلاثة آلاف: a plural scale after number words multiplies them.
                    sum.add(plural);
                } else if (w == null && (tokens.get(j).equals("احد") || tokens.get(j).equals("احدي") || tokens.get(j).equals("اثنا")
                        || tokens.get(j).equals("اثنتا")) && j + 1 < tokens.size()
                        && (tokens.get(j + 1).equals("عشر") || tokens.get(j + 1).equals("عشره"))) {
                    sum.add(tokens.get(j).startsWith("اثن") ? 2 : 1);
                } else if (w == null) {
                    break;
                } else {
                    sum.add(WORDS.get(w));
                }
                shown.append(shown.length() == 0 ? "" : " ").append(originals.get(j));
                j++;
            }
            if (j > i) {
                out.add(new NumberMention(Kind.VALUE, sum.value(), shown.toString()));
                i = j - 1;
            }
        }
    }

    private static boolean besideNumber(List<String> tokens, int i) {
        return (i > 0 && Character.isDigit(tokens.get(i - 1).charAt(0)))
                || (i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).charAt(0)));
    }

    /** A scale word after digits: 120 مليون, 80 ألف, 3 آلاف. */
    private static Double scale(String token) {
        return switch (token) {
            case "الف", "الاف", "الفا" -> 1e3;
            case "مليون", "ملايين" -> 1e6;
            case "مليار", "مليارات" -> 1e9;
            default -> null;
        };
    }

    /** The token, or the token without a leading و ب ل ف ك, when that is in the table; else null. */
    private static String withoutConjunction(String token, Map<String, Double> table) {
        if (table.containsKey(token)) {
            return token;
        }
        for (String prefix : List.of("و", "ف", "ب", "ل", "ك", "وب", "ول")) {
            if (token.startsWith(prefix) && table.containsKey(token.substring(prefix.length()))
                    && token.length() - prefix.length() >= 2) {
                return token.substring(prefix.length());
            }
        }
        return null;
    }

    /** Parses 1,500 (thousands), 2,5 (a decimal comma) and 1.8. */
    static double parseDigits(String t) {
        if (THOUSANDS.matcher(t).matches()) {
            return Double.parseDouble(t.replace(",", ""));
        }
        String s = t.replace(',', '.');
        int first = s.indexOf('.');
        if (first >= 0 && s.indexOf('.', first + 1) >= 0) {
            s = s.replace(".", ""); // 1.500.000
        }
        return Double.parseDouble(s);
    }

    /** Folds hamza forms of alef, alef maqsura and taa marbuta, and drops diacritics, for matching. */
    public static String fold(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                default -> {
                    if (c < '\u064B' || c > '\u0652') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static Map<String, Double> numberWords() {
        Map<String, Double> w = new java.util.HashMap<>();
        String[][] units = {
            {"1", "واحد", "واحده"}, {"2", "اثنان", "اثنين", "اثنتان", "اثنتين"}, {"3", "ثلاث", "ثلاثه"},
            {"4", "اربع", "اربعه"}, {"5", "خمس", "خمسه"}, {"6", "ست", "سته"}, {"7", "سبع", "سبعه"},
            {"8", "ثمان", "ثماني", "ثمانيه"}, {"9", "تسع", "تسعه"}, {"10", "عشر", "عشره"},
            {"20", "عشرون", "عشرين"}, {"30", "ثلاثون", "ثلاثين"}, {"40", "اربعون", "اربعين"},
            {"50", "خمسون", "خمسين"}, {"60", "ستون", "ستين"}, {"70", "سبعون", "سبعين"},
            {"80", "ثمانون", "ثمانين"}, {"90", "تسعون", "تسعين"},
            {"100", "مئه", "مائه"}, {"200", "مئتان", "مئتين", "مائتان", "مائتين", "مئتي", "مائتي"},
            {"1000", "الف", "الفا"}, {"2000", "الفان", "الفين"},
            {"1000000", "مليون"}, {"2000000", "مليونان", "مليونين"},
            {"1000000000", "مليار"}, {"2000000000", "ملياران", "مليارين"}};
        for (String[] row : units) {
            for (int i = 1; i < row.length; i++) {
                w.put(row[i], Double.parseDouble(row[0]));
            }
        }
        String[] hundreds = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int k = 0; k < hundreds.length; k++) {
            w.put(hundreds[k] + "مئه", (k + 3) * 100.0);
            w.put(hundreds[k] + "مائه", (k + 3) * 100.0);
        }
        return Map.copyOf(w);
    }

    private static NumberMention value(String digits, String shown) {
        return new NumberMention(Kind.VALUE, Double.parseDouble(digits), shown);
    }

    private static NumberMention monthDigits(String digits) {
        return new NumberMention(Kind.MONTH, Integer.parseInt(digits), digits);
    }

    /** Replaces each match by spaces after handing it to {@code action}, so nothing is read twice. */
    private static void consume(StringBuilder text, Pattern pattern, java.util.function.Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text.toString());
        while (m.find()) {
            action.accept(m);
            for (int i = m.start(); i < m.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static List<NumberMention> dedupe(List<NumberMention> mentions) {
        List<NumberMention> out = new ArrayList<>();
        for (NumberMention n : mentions) {
            if (out.stream().noneMatch(o -> o.kind() == n.kind() && o.value() == n.value())) {
                out.add(n);
            }
        }
        return out;
    }
}
