package nashra.digest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Publication times as digests keep them (ISO 8601: a date, a local date-time, or a date-time
 * with its zone) ordered and shown. A time is shown as the outlet's local time, with the zone
 * when the input gave one; it is never converted, since the zone of a time without one is unknown.
 */
public final class Published {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Published() {
    }

    /**
     * Seconds since the epoch for ordering: a time with a zone at that instant, one without as if
     * it were UTC, a bare date at its start; {@link Long#MIN_VALUE} for "" or anything unreadable.
     */
    public static long sortKey(String iso) {
        if (iso == null || iso.isBlank()) {
            return Long.MIN_VALUE;
        }
        try {
            if (iso.length() <= 10) {
                return LocalDate.parse(iso).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(iso).toEpochSecond();
            } catch (DateTimeParseException noZone) {
                return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    /** "20 Nov 2026", "29 Aug 2016, 15:44", "20 Nov 2026, 08:30 UTC+2", "20 Nov 2026, 05:12 UTC"; the input as it is if unreadable. */
    public static String display(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            if (iso.length() <= 10) {
                return DATE.format(LocalDate.parse(iso));
            }
            try {
                OffsetDateTime t = OffsetDateTime.parse(iso);
                String zone = zone(t.getOffset());
                return DATE.format(t) + ", " + CLOCK.format(t) + " " + zone;
            } catch (DateTimeParseException noZone) {
                LocalDateTime t = LocalDateTime.parse(iso);
                return DATE.format(t) + ", " + CLOCK.format(t);
            }
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** "UTC", "UTC+3", "UTC+5:30", "UTC-4". */
    static String zone(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }

    /** Just the clock ("08:30", "05:12 UTC") for lists under a dated heading; the date when there is no time. */
    public static String clock(String iso) {
        String shown = display(iso);
        int comma = shown.indexOf(", ");
        return comma < 0 ? shown : shown.substring(comma + 2);
    }
}
