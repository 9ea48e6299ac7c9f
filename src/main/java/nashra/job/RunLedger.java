package nashra.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code <run>/outcomes.jsonl}: one line for every input the run has finished with, written
 * after its digest files or its reject line: {@code {"origin":…,"outcome":"digest","file":…}} or
 * {@code {"origin":…,"outcome":"rejected","reason":…}}. It is the run's memory of what is done:
 * a restart skips the inputs it lists, whatever position they now have in the input folder (a
 * file added or removed between a crash and the restart moves every later input), and the
 * run's counts come from it, not from step counters that a rolled-back chunk makes count twice.
 *
 * <p>Appends are whole lines; a line cut short by a crash is ignored when read, and its input is
 * simply done again (writing a digest twice gives the same files).
 */
final class RunLedger {

    static final String FILE = "outcomes.jsonl";
    static final String DIGEST = "digest";
    static final String REJECTED = "rejected";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;

    RunLedger(Path file) {
        this.file = file;
    }

    synchronized void digested(List<Map.Entry<String, String>> originAndFile) {
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, String> e : originAndFile) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("origin", e.getKey());
            line.put("outcome", DIGEST);
            line.put("file", e.getValue());
            lines.append(JSON.writeValueAsString(line)).append('\n');
        }
        append(lines.toString());
    }

    synchronized void rejected(String origin, String reason) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("origin", origin);
        line.put("outcome", REJECTED);
        line.put("reason", reason);
        append(JSON.writeValueAsString(line) + "\n");
    }

    private void append(String lines) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every input the ledger lists, by origin, with its outcome ({@link #DIGEST} or {@link #REJECTED}). */
    static Map<String, String> read(Path file) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return outcomes;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (String line : lines) {
            try {
                JsonNode node = JSON.readTree(line);
                if (node != null && node.hasNonNull("origin") && node.hasNonNull("outcome")) {
                    outcomes.put(node.get("origin").asString(), node.get("outcome").asString());
                }
            } catch (JacksonException e) {
                // the tail of a line a crash cut short: its input is done again
            }
        }
        return outcomes;
    }
}
