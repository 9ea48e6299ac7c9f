package nashra.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day as inputs write them, as ISO 8601 local times with the zone when one is given:
 * a feed's "2026-11-20T05:12:00Z" gives "05:12:00Z", "2026-11-20T08:30:00+02:00" gives
 * "08:30:00+02:00", a dateline's "15:44" gives "15:44", "09:15 ص" (morning) "09:15" and
 * "03:15 م" (evening) "15:15". The zone is never guessed: a time without one stays local.
 */
public final class ArabicTimes {

    /** The time part of an ISO timestamp, after the date. */
    private static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?(?![\\d:])");
    /** A clock in a dateline, with the Arabic (ص/م) or English morning/evening marker after it. */
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d:.])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\d:])\\s*(ص|م|صباحا|مساء|am|pm|a\\.m\\.|p\\.m\\.)?(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UTC = Pattern.compile("(?i)\\b(?:gmt|utc)\\b|غرينتش|جرينتش");

    private ArabicTimes() {
    }

    /** The time of an ISO 8601 timestamp ("2026-11-20T05:12:00Z"); empty for a bare date. */
    public static Optional<String> fromIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(ArabicDates.asciiDigits(text.strip()));
        if (!m.find() || !valid(m.group(1))) {
            return Optional.empty();
        }
        String zone = m.group(2);
        if (zone != null && !zone.equals("Z") && !zone.contains(":")) {
            zone = zone.substring(0, 3) + ":" + zone.substring(3);
        }
        return Optional.of(m.group(1) + (zone == null ? "" : zone.equals("+00:00") ? "Z" : zone));
    }

    /** The first clock time in a dateline line ("29.08.2016 | 15:44", "الجمعة 20 نوفمبر 2026 - 09:15 ص"). */
    public static Optional<String> fromDateline(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String t = ArabicDates.asciiDigits(line);
        Optional<String> iso = fromIso(t);
        if (iso.isPresent()) {
            return iso;
        }
        Matcher m = CLOCK.matcher(t);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            String marker = m.group(4) == null ? "" : m.group(4).toLowerCase(java.util.Locale.ROOT);
            if (marker.startsWith("م") || marker.startsWith("p")) {
                hour = hour == 12 ? 12 : hour + 12;
            } else if ((marker.startsWith("ص") || marker.startsWith("a")) && hour == 12) {
                hour = 0;
            }
            if (hour > 23 || minute > 59) {
                continue;
            }
            String time = String.format("%02d:%02d", hour, minute) + (m.group(3) == null ? "" : ":" + m.group(3));
            return Optional.of(UTC.matcher(t).find() ? time + "Z" : time);
        }
        return Optional.empty();
    }

    private static boolean valid(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) <= 23 && Integer.parseInt(hhmm.substring(3, 5)) <= 59;
    }
}
