package nashra.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nashra.text.Agencies;

/** The outlet or agency named by a credit or a dateline line. */
final class SourceNames {

    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?:المصدر|المصادر|مصدر الخبر|source)\\s*[:\\-–]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECORATION = Pattern.compile("[*\\-–—•()«»{}\"“”\\[\\]]");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{1,25})\\)");
    private static final int MAX_WORDS = 5;

    private SourceNames() {
    }

    /** "المصدر: وكالات" → "وكالات"; "* خدمة «الغارديان»" → "خدمة الغارديان"; "سيريانيوز" → itself. */
    static Optional<String> fromCredit(String line) {
        String name = DECORATION.matcher(CREDIT_LABEL.matcher(line.strip()).replaceFirst("")).replaceAll(" ")
                .replaceAll("\\s+", " ").strip();
        return name.isEmpty() || name.split(" ").length > MAX_WORDS ? Optional.empty() : Optional.of(name);
    }

    /** "القاهرة - (رويترز)" → "رويترز"; "الرياض 26 شوال 1436 هـ ... م واس" → "واس". */
    static Optional<String> fromDateline(String line) {
        Matcher bracketed = BRACKETED.matcher(line);
        while (bracketed.find()) {
            if (Agencies.isAgency(bracketed.group(1))) {
                return Optional.of(bracketed.group(1).strip());
            }
        }
        String[] words = line.strip().split("\\s+");
        String last = words[words.length - 1];
        return Agencies.isAgency(last) ? Optional.of(last) : Optional.empty();
    }
}
