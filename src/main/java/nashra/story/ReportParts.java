package nashra.story;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of one long report: a wire agency sends a long report (a cabinet session, a
 * regulation) in several items under one title, each later part marked "إضافة أولى", "إضافة
 * ثانية"... "واخيرة". Each part has its own first sentences, so the lead cosine cannot see they are
 * one event; the outlet and the title can. Two articles of one outlet whose titles are the same
 * once the part marker is gone are parts of one report.
 */
final class ReportParts {

    /** The part marker and whatever follows it: "/ إضافة ثالثة واخيرة", folded. */
    private static final Pattern MARKER = Pattern.compile("\\s*[/|-]?\\s*اضافه\\s.*$");
    /** Titles shorter than this many content words ("حالة الطقس") are reused daily for different items. */
    private static final int MIN_TITLE_TOKENS = 4;

    private ReportParts() {
    }

    /**
     * The report an article is a part of: its outlet and its title without the part marker, or
     * null when the outlet is unknown or the title too short to tell one report from another.
     */
    static String key(String source, String title) {
        if (source == null || source.isBlank() || title == null) {
            return null;
        }
        String folded = MARKER.matcher(MatchText.fold(title.strip())).replaceFirst("");
        List<String> tokens = MatchText.tokens(folded);
        return tokens.size() < MIN_TITLE_TOKENS ? null : source.strip() + "\t" + String.join(" ", tokens);
    }
}
