package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArabicTimesTest {

    @Test
    void isoTimestampsKeepTheirTimeAndZone() {
        assertEquals(Optional.of("05:12:00Z"), ArabicTimes.fromIso("2026-11-20T05:12:00Z"));
        assertEquals(Optional.of("08:30:00+02:00"), ArabicTimes.fromIso("2026-11-20T08:30:00+02:00"));
        assertEquals(Optional.of("08:30+02:00"), ArabicTimes.fromIso("2026-11-20T08:30+0200"));
        assertEquals(Optional.of("16:06:34"), ArabicTimes.fromIso("2015-07-24 16:06:34"), "no zone: none is guessed");
        assertEquals(Optional.of("06:05:00Z"), ArabicTimes.fromIso("2026-11-20T06:05:00.000+00:00"));
        assertEquals(Optional.empty(), ArabicTimes.fromIso("2026-11-20"));
        assertEquals(Optional.empty(), ArabicTimes.fromIso("2026-11-20T25:10:00Z"));
    }

    @Test
    void datelinesGiveTheirClockWithMorningAndEvening() {
        assertEquals(Optional.of("15:44"), ArabicTimes.fromDateline("29.08.2016 | 15:44"));
        assertEquals(Optional.of("09:15"), ArabicTimes.fromDateline("الجمعة 20 نوفمبر 2026 - 09:15 ص"));
        assertEquals(Optional.of("21:15"), ArabicTimes.fromDateline("الجمعة 20 نوفمبر 2026 - 09:15 م"));
        assertEquals(Optional.of("00:30"), ArabicTimes.fromDateline("12:30 ص"));
        assertEquals(Optional.of("12:30"), ArabicTimes.fromDateline("12:30 م"));
        assertEquals(Optional.of("07:40"), ArabicTimes.fromDateline("آخر تحديث: 20/11/2026 - ٠٧:٤٠"));
        assertEquals(Optional.of("14:11Z"), ArabicTimes.fromDateline("14:11 بتوقيت غرينتش"));
        assertEquals(Optional.empty(), ArabicTimes.fromDateline("29.08.2016"));
        assertEquals(Optional.empty(), ArabicTimes.fromDateline("الرياض 26 شوال 1436 هـ"));
    }
}
