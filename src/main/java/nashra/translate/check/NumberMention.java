package nashra.translate.check;

/**
 * One thing in a sentence the English must keep: a number's value, a month of a date, a time of
 * day, or a vague quantity word ("dozens").
 *
 * @param kind what sort of thing it is
 * @param value the number (for {@link Kind#MONTH} 1-12; for {@link Kind#TIME} hours × 100 + minutes;
 *     for {@link Kind#VAGUE} the power of ten it counts in: 10, 100, 1000 ...)
 * @param shown how the Arabic writes it, for the analyst ("٢٢", "ثلاثة", "نوفمبر")
 */
public record NumberMention(Kind kind, double value, String shown) {

    public enum Kind {
        /** A number: digits or number words. */
        VALUE,
        /** A month, by name or as the middle of a date. */
        MONTH,
        /** A time of day such as 15:44. */
        TIME,
        /** A count without a value: عشرات (dozens), مئات (hundreds), آلاف (thousands) ... */
        VAGUE
    }

    /** The value as the analyst reads it: 22, 1.8, 15:44, November. */
    public String english() {
        return switch (kind) {
            case MONTH -> EnglishNumbers.monthName((int) value);
            case TIME -> String.format(java.util.Locale.ROOT, "%d:%02d", (int) value / 100, (int) value % 100);
            case VAGUE -> EnglishNumbers.vagueWord(value);
            case VALUE -> readable(value);
        };
    }

    /** 50 million, 1.8 million, 80,000, 2.5: large round values as a reader says them. */
    static String readable(double value) {
        for (double scale : new double[] {1e9, 1e6}) {
            double units = value / scale;
            if (Math.abs(value) >= scale && Math.abs(units * 1000 - Math.rint(units * 1000)) < 1e-6) {
                return plain(units) + (scale == 1e9 ? " billion" : " million");
            }
        }
        if (Math.abs(value) >= 10000 && value == Math.rint(value)) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) value);
        }
        return plain(value);
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
