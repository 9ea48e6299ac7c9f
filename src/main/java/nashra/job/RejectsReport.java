package nashra.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nashra.article.Article;
import nashra.article.Rejected;
import nashra.digest.ArticleDigest;
import nashra.article.RejectedInputException;
import org.springframework.batch.core.listener.SkipListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every skipped input as one JSON line of {@code <output>/<date>/rejects.jsonl}: where it
 * came from, why it was rejected, and the detail, so that nothing disappears without a trace.
 */
public final class RejectsReport implements SkipListener<Article, ArticleDigest> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final RunLedger ledger;
    private final Progress progress;
    private Set<String> recorded;

    RejectsReport(Path file, RunLedger ledger, Progress progress) {
        this.file = file;
        this.ledger = ledger;
        this.progress = progress;
    }

    public Path file() {
        return file;
    }

    /** The origins a rejects report already holds. */
    static Set<String> origins(Path file) {
        Set<String> origins = new HashSet<>();
        if (!Files.exists(file)) {
            return origins;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    origins.add(JSON.readTree(line).path("origin").asString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rejects report " + file, e);
        }
        return origins;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        record(t, null);
    }

    @Override
    public void onSkipInProcess(Article item, Throwable t) {
        record(t, item);
    }

    @Override
    public void onSkipInWrite(ArticleDigest item, Throwable t) {
        record(t, item);
    }

    private synchronized void record(Throwable t, Object item) {
        if (recorded == null) {
            // Read on first use, not at construction: --redo clears the folder after start-up.
            recorded = origins(file);
        }
        Map<String, String> line = new LinkedHashMap<>();
        if (t instanceof RejectedInputException e) {
            Rejected r = e.rejected();
            line.put("origin", r.origin().toString());
            line.put("reason", r.reason());
            line.put("detail", r.detail() == null ? "" : r.detail());
        } else {
            line.put("origin", item instanceof Article a ? a.origin().toString()
                    : item instanceof ArticleDigest d ? d.origin() : "unknown");
            line.put("reason", "error");
            line.put("detail", String.valueOf(t.getMessage()));
        }
        line.put("at", Instant.now().toString());
        if (recorded.add(line.get("origin"))) {
            progress.rejected();
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the rejects report " + file + ": " + e.getMessage(), e);
            }
        }
        // Always, even when the report had it already: a crash may have come between the two files.
        ledger.rejected(line.get("origin"), line.get("reason"));
    }
}
