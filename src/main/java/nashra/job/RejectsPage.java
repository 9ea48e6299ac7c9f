package nashra.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nashra.article.InputPreview;
import nashra.digest.HtmlFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of the rejects page, from the run's rejects.jsonl: reason, origin, detail, and the
 * input's first line. Only files inside the input folder are opened: the report is a file on
 * disk, and a path in it must not make the run read anything else.
 */
final class RejectsPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern JSONL_LINE = Pattern.compile("^(.*):(\\d+)$");

    private RejectsPage() {
    }

    static List<HtmlFormat.RejectRow> rows(Path rejects, Path input) throws IOException {
        List<HtmlFormat.RejectRow> rows = new ArrayList<>();
        if (!Files.exists(rejects)) {
            return rows;
        }
        for (String line : Files.readAllLines(rejects, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                rows.add(new HtmlFormat.RejectRow("unreadable report line", "rejects.jsonl", line, ""));
                continue;
            }
            String origin = node.path("origin").asString("");
            rows.add(new HtmlFormat.RejectRow(node.path("reason").asString(""), origin, node.path("detail").asString(""),
                    firstLine(origin, input)));
        }
        // By reason, then where: the page reads the same however the night was processed (the
        // report's own order follows processing, which a restart or several workers change).
        rows.sort(java.util.Comparator.comparing(HtmlFormat.RejectRow::reason)
                .thenComparing(HtmlFormat.RejectRow::origin));
        return rows;
    }

    private static String firstLine(String origin, Path input) {
        String file = origin;
        int line = 0;
        Matcher m = JSONL_LINE.matcher(origin);
        if (m.matches() && !Files.isRegularFile(Path.of(origin))) {
            file = m.group(1);
            line = Integer.parseInt(m.group(2));
        }
        try {
            Path path = Path.of(file).toAbsolutePath().normalize();
            if (!path.startsWith(input.toAbsolutePath().normalize()) || !Files.isRegularFile(path)) {
                return "";
            }
            return InputPreview.firstLine(path, line);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
