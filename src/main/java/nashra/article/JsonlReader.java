package nashra.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nashra.text.ArabicDates;
import nashra.text.ArabicNormalizer;
import nashra.text.ArabicTimes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one article per line: a JSON object with {@code title}, {@code body} (a string whose
 * line breaks separate paragraphs, or an array of paragraphs), and optionally {@code id},
 * {@code source}, {@code url}, {@code published} (an ISO date or timestamp). Common scraper
 * names are accepted too: {@code content} or {@code text} for the body, {@code date} or
 * {@code date_extracted} for the date. Blank lines are not records and are skipped; every
 * other line gives an article or a rejection.
 */
final class JsonlReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final long maxLineBytes;

    JsonlReader(long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    List<ReadResult> read(Path file, String text) {
        List<ReadResult> results = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                results.add(readLine(Origin.of(file, i + 1), lines[i]));
            }
        }
        return results;
    }

    /**
     * The 1-based numbers of the records (non-blank lines) of a decoded .jsonl text: the one
     * place that decides what a line is, for reading and for counting alike. Lines end at LF or
     * CRLF; a lone CR stays inside its line (JSON forbids it raw, so that line is rejected).
     */
    static List<Integer> lineNumbers(String text) {
        String[] lines = lines(text);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    private static String[] lines(String text) {
        return text.split("\r?\n", -1);
    }

    ReadResult readLine(Origin origin, String line) {
        long bytes = line.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxLineBytes) {
            return new Rejected(origin, Rejected.TOO_LARGE, bytes + " bytes, the limit is " + maxLineBytes);
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return new Rejected(origin, Rejected.UNPARSABLE_JSON, firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return new Rejected(origin, Rejected.UNPARSABLE_JSON,
                    "not a JSON object but " + (node == null ? "nothing" : node.getNodeType()));
        }
        return article(origin, node);
    }

    private Article article(Origin origin, JsonNode node) {
        String title = normalizer.normalizeLine(string(node, "title").orElse(""));
        List<String> body = body(node);
        String source = string(node, "source").map(normalizer::normalizeLine).filter(s -> !s.isEmpty())
                .orElse(Article.UNKNOWN_SOURCE);
        String url = string(node, "url").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        Optional<String> stamp = string(node, "published", "date", "date_published", "date_extracted");
        LocalDate published = stamp.flatMap(ArabicDates::find).orElse(null);
        String time = published == null ? null : stamp.flatMap(ArabicTimes::fromIso).orElse(null);
        String id = string(node, "id").map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> ArticleIds.of(source, title, body));
        return new Article(id, source, url, title, body, published, origin, time, null);
    }

    private List<String> body(JsonNode node) {
        JsonNode body = field(node, "body", "content", "text");
        if (body == null || body.isNull()) {
            return List.of();
        }
        String text;
        if (body.isArray()) {
            List<String> parts = new ArrayList<>();
            body.forEach(p -> parts.add(p.isValueNode() ? p.asString() : p.toString()));
            text = String.join("\n", parts);
        } else {
            text = body.isValueNode() ? body.asString() : body.toString();
        }
        return Arrays.stream(normalizer.normalize(text).split("\n")).filter(p -> !p.isBlank()).toList();
    }

    /** The first of the named fields that is present, as text; numbers are written as they stand. */
    private static Optional<String> string(JsonNode node, String... names) {
        JsonNode value = field(node, names);
        return value == null || value.isNull() || !value.isValueNode() ? Optional.empty() : Optional.of(value.asString());
    }

    private static JsonNode field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isMissingNode()) {
                return value;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
