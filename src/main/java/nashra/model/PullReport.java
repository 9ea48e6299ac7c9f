package nashra.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a pull checked, file by file, in words. A file is called verified only when its sha256 was
 * compared with a published one; a mirror that publishes no checksums gets "size only" or "not
 * checked", never "verified".
 */
public final class PullReport {

    private PullReport() {
    }

    /** One line for the headline, e.g. "sha256 checked for 2 of 5 files; the others were not verified". */
    public static String headline(LockFile lock) {
        long checked = lock.files().stream().filter(LockedFile::hashChecked).count();
        int all = lock.files().size();
        if (checked == all) {
            return "every file's sha256 matched a published one";
        }
        return checked == 0 ? "no file verified: none of the " + all + " had a published sha256"
                : "sha256 checked for " + checked + " of " + all + " files; the others were not verified";
    }

    /** The files grouped by what was checked, one indented line per group, in a fixed order. */
    public static List<String> details(LockFile lock) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String by : List.of(LockedFile.BY_CATALOG, "x-linked-etag", "etag", LockedFile.BY_SIZE, LockedFile.BY_NOTHING)) {
            groups.put(by, new ArrayList<>());
        }
        for (LockedFile f : lock.files()) {
            groups.computeIfAbsent(f.verifiedBy(), k -> new ArrayList<>()).add(f.path());
        }
        List<String> lines = new ArrayList<>();
        groups.forEach((by, paths) -> {
            if (!paths.isEmpty()) {
                lines.add("  " + describe(by) + ": " + String.join(", ", paths));
            }
        });
        if (!lock.absent().isEmpty()) {
            lines.add("  absent at this revision (optional; the model works without them): "
                    + String.join(", ", lock.absent()));
        }
        return lines;
    }

    private static String describe(String verifiedBy) {
        return switch (verifiedBy) {
            case LockedFile.BY_CATALOG -> "sha256 checked against the catalog";
            case "x-linked-etag" -> "sha256 checked against the hub's X-Linked-Etag";
            case "etag" -> "sha256 checked against the server's ETag";
            case LockedFile.BY_SIZE -> "size only, against the catalog (no sha256 published)";
            case LockedFile.BY_NOTHING -> "not checked (no sha256 or size published; their sha256 is recorded"
                    + " for `bin/nashra models verify`)";
            default -> "checked against " + verifiedBy;
        };
    }
}
