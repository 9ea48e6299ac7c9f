package nashra.translate.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What numbers an English sentence states, in any of the forms a translation may use for an
 * Arabic number: digits (1,500 / 1.8 / 22nd), a scale after digits (120 million, $1.8bn), words
 * (three, twenty-five, a million), dates (29.08.2016, 29/8, 22 November), times (15:44, 3:44
 * pm) and counts without a value (dozens, hundreds).
 *
 * @param values every value stated, in digits or words (120 million gives 120 and 120,000,000)
 * @param digitValues the values written with digits only: a translation that writes a number
 *     the Arabic lacks has invented it
 * @param months months named or given as the middle of a date
 * @param times times of day as hours × 100 + minutes
 * @param vague the powers of ten of counts without a value (dozens 10, thousands 1000)
 */
public record EnglishNumbers(Set<Double> values, Set<Double> digitValues, Set<Integer> months, Set<Integer> times,
        Set<Double> vague) {

    private static final Pattern DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![\\d./])");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern SCALED = Pattern.compile(
            "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(thousand|million|billion|trillion|bn|mn|m|k)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private static final List<String> MONTH_NAMES = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Map<String, Integer> MONTH_SHORT = Map.ofEntries(Map.entry("jan", 1),
            Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0),
            Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0),
            Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0), Map.entry("seventy", 70.0),
            Map.entry("eighty", 80.0), Map.entry("ninety", 90.0), Map.entry("dozen", 12.0),
            Map.entry("hundred", 100.0), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12));
    private static final Map<String, Double> VAGUE = Map.of("dozens", 10.0, "tens", 10.0, "scores", 10.0,
            "hundreds", 100.0, "thousands", 1e3, "millions", 1e6, "billions", 1e9);

    public static EnglishNumbers of(String english) {
        Set<Double> values = new HashSet<>();
        Set<Double> digitValues = new HashSet<>();
        Set<Integer> months = new HashSet<>();
        Set<Integer> times = new HashSet<>();
        Set<Double> vague = new HashSet<>();
        StringBuilder text = new StringBuilder(english);
        Matcher t = TIME.matcher(english);
        while (t.find()) {
            int h = Integer.parseInt(t.group(1));
            int m = Integer.parseInt(t.group(2));
            times.add(h * 100 + m);
            String after = english.substring(t.end()).stripLeading().toLowerCase(Locale.ROOT);
            if (h < 12 && (after.startsWith("pm") || after.startsWith("p.m"))) {
                times.add((h + 12) * 100 + m);
            }
            blank(text, t.start(), t.end());
        }
        Matcher d = DATE.matcher(text.toString());
        while (d.find()) {
            int day = Integer.parseInt(d.group(1));
            int month = Integer.parseInt(d.group(3));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && (d.group(4) != null || !d.group(2).equals("."))) {
                months.add(month);
                digitValues.add((double) day);
                digitValues.add((double) month); // written as a digit: not invented if the Arabic has the month
                if (d.group(4) != null) {
                    int year = Integer.parseInt(d.group(4));
                    digitValues.add((double) (d.group(4).length() == 2 ? (year < 50 ? 2000 : 1900) + year : year));
                }
                blank(text, d.start(), d.end());
            }
        }
        String rest = text.toString();
        Matcher s = SCALED.matcher(rest);
        while (s.find()) {
            double v = Double.parseDouble(s.group(1).replace(",", ""));
            values.add(v * scale(s.group(2).toLowerCase(Locale.ROOT)));
        }
        Matcher n = DIGITS.matcher(rest);
        while (n.find()) {
            digitValues.add(Double.parseDouble(n.group().replace(",", "")));
        }
        values.addAll(digitValues);
        words(rest.toLowerCase(Locale.ROOT), values, months, vague);
        return new EnglishNumbers(Set.copyOf(values), Set.copyOf(digitValues), Set.copyOf(months), Set.copyOf(times),
                Set.copyOf(vague));
    }

    private static void words(String lower, Set<Double> values, Set<Integer> months, Set<Double> vague) {
        List<String> tokens = new ArrayList<>();
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            tokens.add(w.group());
        }
        NumberWordSum sum = new NumberWordSum();
        boolean inNumber = false;
        for (int i = 0; i <= tokens.size(); i++) {
            String token = i < tokens.size() ? tokens.get(i) : "";
            Double v = WORDS.get(token);
            boolean joiner = inNumber && (token.equals("and") || token.equals("a")) ; // "one hundred and five"
            if (v != null) {
                sum.add(v);
                inNumber = true;
            } else if (!joiner && inNumber) {
                values.add(sum.value());
                sum = new NumberWordSum();
                inNumber = false;
            }
            int month = MONTH_NAMES.indexOf(token);
            if (month >= 0 && !((token.equals("may") || token.equals("march")) && !nextToNumber(token, lower))) {
                months.add(month + 1);
            } else if (MONTH_SHORT.containsKey(token)) {
                months.add(MONTH_SHORT.get(token));
            }
            Double count = VAGUE.get(token);
            if (count != null) {
                vague.add(count);
            }
        }
    }

    /** "May" and "March" are months beside a number (22 May, March 2016), else most likely verbs. */
    private static boolean nextToNumber(String month, String lower) {
        return (month.equals("may") ? MAY_DATE : MARCH_DATE).matcher(lower).find();
    }

    private static final Pattern MAY_DATE = Pattern.compile("\\d\\s*(?:th|st|nd|rd)?\\s*may\\b|\\bmay\\s*\\d");
    private static final Pattern MARCH_DATE = Pattern.compile("\\d\\s*(?:th|st|nd|rd)?\\s*march\\b|\\bmarch\\s*\\d");

    private static double scale(String word) {
        return switch (word) {
            case "thousand", "k" -> 1e3;
            case "million", "m", "mn" -> 1e6;
            case "billion", "bn" -> 1e9;
            default -> 1e12;
        };
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    /** True when the English states this value (within rounding of the last digit). */
    public boolean hasValue(double v) {
        for (double x : values) {
            if (Math.abs(x - v) <= 1e-9 * Math.max(1, Math.abs(v))) {
                return true;
            }
        }
        return false;
    }

    /** The English name of month 1-12. */
    static String monthName(int month) {
        String name = MONTH_NAMES.get(month - 1);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "dozens" for 10, "hundreds" for 100 ... */
    static String vagueWord(double power) {
        return power == 10 ? "dozens/tens" : power == 100 ? "hundreds" : power == 1e3 ? "thousands"
                : power == 1e6 ? "millions" : "billions";
    }
}
