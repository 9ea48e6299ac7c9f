package nashra.digest;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Digests as self-contained HTML pages (styles inline, no scripts, no network requests): Arabic
 * right-to-left beside English, the summary on top. Mustache escapes every value, so markup in
 * an article shows as text; only the project's own stylesheet is inserted raw.
 */
public final class HtmlFormat {

    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true).zeroIsFalse(true);
    private static final String CSS = resource("style.css");
    private static final Template ARTICLE = COMPILER.compile(resource("article.html.mustache"));
    private static final Template BRIEFING = COMPILER.compile(resource("briefing.html.mustache"));

    private HtmlFormat() {
    }

    public static String article(ArticleDigest d) {
        Map<String, Object> view = new HashMap<>();
        view.put("css", CSS);
        view.put("id", d.id());
        view.put("titleEn", d.title().en());
        view.put("titleAr", d.title().ar());
        view.put("source", d.source());
        view.put("published", d.published());
        view.put("url", safeLink(d.url()));
        view.put("origin", d.origin());
        view.put("summary", pairs(d.summarySentences()));
        view.put("sentences", pairs(d.sentences()));
        view.put("count", d.sentences().size());
        view.put("model", d.model().name());
        view.put("revision", d.model().revision());
        return ARTICLE.execute(view);
    }

    public static String briefing(Briefing b) {
        Map<String, Object> view = new HashMap<>();
        view.put("css", CSS);
        view.put("runDate", b.runDate());
        view.put("generatedAt", b.generatedAt());
        view.put("read", b.counts().read());
        view.put("written", b.counts().written());
        view.put("rejected", b.counts().rejected());
        view.put("model", b.model().name());
        view.put("revision", b.model().revision());
        view.put("articles", b.articles().stream().map(e -> {
            Map<String, Object> entry = new HashMap<>();
            entry.put("digest", e.digest());
            entry.put("titleEn", e.title().en());
            entry.put("titleAr", e.title().ar());
            entry.put("source", e.source());
            entry.put("published", e.published());
            entry.put("url", safeLink(e.url()));
            entry.put("flagged", e.flagged());
            entry.put("summary", pairs(e.summary()));
            return entry;
        }).toList());
        return BRIEFING.execute(view);
    }

    private static List<Map<String, Object>> pairs(List<SentencePair> sentences) {
        return sentences.stream().map(s -> {
            Map<String, Object> pair = new HashMap<>();
            pair.put("number", s.index() + 1);
            pair.put("en", s.en());
            pair.put("ar", s.ar());
            pair.put("flags", s.flags());
            return pair;
        }).toList();
    }

    /** Only web links become links: a {@code javascript:} URL in the input must not. */
    static String safeLink(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : "";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlFormat.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
