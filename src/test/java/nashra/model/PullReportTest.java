package nashra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a pull ends with: "verified" only for files whose sha256 was compared with a published one. */
class PullReportTest {

    static LockFile lock(List<String> absent, String... verifiedBy) {
        List<LockedFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < verifiedBy.length; i++) {
            files.add(new LockedFile("f" + i, 1, "0".repeat(64), verifiedBy[i]));
        }
        return new LockFile("m", "o/m", "r", "now", files, absent);
    }

    @Test
    void headlineSaysHowManyWereVerified() {
        assertEquals("every file's sha256 matched a published one", PullReport.headline(lock(List.of(), "catalog", "x-linked-etag")));
        assertEquals("no file verified: none of the 2 had a published sha256", PullReport.headline(lock(List.of(), "size", "none")));
        assertEquals("sha256 checked for 1 of 3 files; the others were not verified",
                PullReport.headline(lock(List.of(), "etag", "size", "none")));
    }

    @Test
    void detailsGroupTheFilesByCheckAndNameTheAbsentOnes() {
        assertEquals(List.of("  sha256 checked against the server's ETag: f1",
                        "  size only, against the catalog (no sha256 published): f0, f2",
                        "  absent at this revision (optional; the model works without them): tokenizer_config.json"),
                PullReport.details(lock(List.of("tokenizer_config.json"), "size", "etag", "size")));
    }
}
