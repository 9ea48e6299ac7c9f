package nashra.translate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;

/**
 * Every number, date and number word of the Arabic must be in the English (as digits or words),
 * and the English must not write a number with digits, or a month, that the Arabic does not have:
 * a changed number shows up as both. The detail names which.
 */
public final class NumberCheck implements Check {

    @Override
    public Optional<Finding> check(String arabic, Translation translation) {
        List<NumberMention> stated = ArabicNumbers.extract(arabic);
        EnglishNumbers english = EnglishNumbers.of(translation.text());
        List<String> missing = new ArrayList<>();
        for (NumberMention n : stated) {
            if (!found(n, english)) {
                missing.add(n.english() + (n.english().equals(n.shown()) ? "" : " (" + n.shown() + ")"));
            }
        }
        List<String> invented = new ArrayList<>();
        for (double v : new java.util.TreeSet<>(english.digitValues())) {
            if (!inArabic(v, stated)) {
                invented.add(NumberMention.plain(v));
            }
        }
        for (int month : new java.util.TreeSet<>(english.months())) { // in calendar order: the note reads the same every run
            if (stated.stream().noneMatch(n -> n.kind() == NumberMention.Kind.MONTH && n.value() == month)) {
                invented.add(EnglishNumbers.monthName(month));
            }
        }
        if (missing.isEmpty() && invented.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder detail = new StringBuilder();
        if (!missing.isEmpty()) {
            detail.append("The Arabic has ").append(Quote.list(missing)).append(", which the English does not.");
        }
        if (!invented.isEmpty()) {
            detail.append(detail.length() > 0 ? " " : "").append("The English has ").append(Quote.list(invented))
                    .append(", which the Arabic does not.");
        }
        return Optional.of(new Finding(TranslationFlag.NUMBER, detail.toString()));
    }

    private static boolean found(NumberMention n, EnglishNumbers english) {
        return switch (n.kind()) {
            case VALUE -> english.hasValue(n.value());
            case MONTH -> english.months().contains((int) n.value());
            case TIME -> {
                int t = (int) n.value();
                yield english.times().contains(t) || (t >= 1300 && english.times().contains(t - 1200));
            }
            case VAGUE -> english.vague().contains(n.value());
        };
    }

    /** The Arabic states this value: as a number, a month, a time's hour or minute, or a scale's digits. */
    private static boolean inArabic(double v, List<NumberMention> stated) {
        for (NumberMention n : stated) {
            switch (n.kind()) {
                case VALUE -> {
                    if (close(n.value(), v) || scaledDigits(n.value(), v)) {
                        return true;
                    }
                }
                case MONTH -> {
                    if (n.value() == v) {
                        return true;
                    }
                }
                case TIME -> {
                    int h = (int) n.value() / 100;
                    if (v == h || v == h - 12 || v == (int) n.value() % 100) {
                        return true;
                    }
                }
                case VAGUE -> {
                }
            }
        }
        return false;
    }

    /** 120 in "120 million" against the Arabic's 120,000,000. */
    private static boolean scaledDigits(double arabic, double english) {
        for (double scale : new double[] {1e3, 1e6, 1e9}) {
            if (close(arabic, english * scale)) {
                return true;
            }
        }
        return false;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
