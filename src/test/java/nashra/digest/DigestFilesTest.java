package nashra.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No article id, however hostile, chooses where a digest file goes. */
class DigestFilesTest {

    @Test
    void plainIdsKeepTheirNames() {
        for (String id : List.of("3f0c9a51d27e8b64", "wire-20261120-0141", "AP_2026.11.20-7")) {
            assertEquals(id, DigestFiles.name(id));
        }
    }

    @Test
    void everyOtherIdBecomesAHashedNameInsideTheFolder() {
        Path folder = Path.of("/tmp/run/articles");
        List<String> hostile = List.of("../../x", "a/b", "/some/path/victim", "..", ".", "x.", "-rf", "x".repeat(300),
                "a\u0000b", "line\nbreak", "C:\\windows\\system32", "عربي", " spaced ", "~root", ".hidden", "");
        Set<String> names = new HashSet<>();
        for (String id : hostile) {
            String name = DigestFiles.name(id);
            assertTrue(name.matches("_[0-9a-f]{16}"), id + " -> " + name);
            Path file = DigestFiles.file(folder, id, "json");
            assertEquals(folder, file.getParent(), id);
            names.add(name);
        }
        assertEquals(hostile.size(), names.size(), "distinct ids, distinct names");
        assertNotEquals(DigestFiles.name("a/b"), DigestFiles.name("a_b"));
    }

    @Test
    void aNameThatWouldLeaveTheFolderIsRefused() {
        Path folder = Path.of("/tmp/run/stories");
        assertThrows(IllegalArgumentException.class, () -> DigestFiles.inside(folder, "../briefing.json"));
        assertThrows(IllegalArgumentException.class, () -> DigestFiles.inside(folder, "/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> DigestFiles.inside(folder, "a/b.json"));
        assertEquals(folder.resolve("9900cbdbd103023d.html"), DigestFiles.inside(folder, "9900cbdbd103023d.html"));
    }
}
