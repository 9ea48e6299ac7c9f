package nashra.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublishedTest {

    @Test
    void showsTheOutletsLocalTimeWithItsZoneWhenGiven() {
        assertEquals("20 Nov 2026", Published.display("2026-11-20"));
        assertEquals("29 Aug 2016, 15:44", Published.display("2016-08-29T15:44"));
        assertEquals("20 Nov 2026, 08:30 UTC+2", Published.display("2026-11-20T08:30:00+02:00"));
        assertEquals("20 Nov 2026, 05:12 UTC", Published.display("2026-11-20T05:12:00Z"));
        assertEquals("20 Nov 2026, 10:00 UTC+5:30", Published.display("2026-11-20T10:00+05:30"));
        assertEquals("08:30 UTC+2", Published.clock("2026-11-20T08:30:00+02:00"));
        assertEquals("", Published.display(""));
        assertEquals("yesterday", Published.display("yesterday"), "what cannot be read is shown as it is");
    }

    @Test
    void ordersByInstantWhereTheZoneIsKnown() {
        // 08:30 in Cairo (+02:00) is 06:30 UTC: after 05:12Z, before 06:45Z.
        assertTrue(Published.sortKey("2026-11-20T08:30:00+02:00") > Published.sortKey("2026-11-20T05:12:00Z"));
        assertTrue(Published.sortKey("2026-11-20T08:30:00+02:00") < Published.sortKey("2026-11-20T06:45:00Z"));
        assertTrue(Published.sortKey("2026-11-20T00:01") > Published.sortKey("2026-11-20"));
        assertTrue(Published.sortKey("2026-11-20") > Published.sortKey(""));
    }
}
