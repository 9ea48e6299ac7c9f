package nashra.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nashra.outlet.Outlet;

/**
 * One news article as read from the input, before cleaning: the body still holds whatever
 * boilerplate the page had, so the text chain can remove it and say what it removed.
 *
 * @param id stable id: given by the input, or derived from source, title and body ({@link ArticleIds})
 * @param source the outlet or agency, "unknown" when the input does not say
 * @param url the article's address, or null
 * @param title the headline, "" when the input has none
 * @param body the paragraphs, normalised, one a line, in order
 * @param published the publication date, or null (the date alone groups stories by day)
 * @param origin the file (and line) it was read from
 * @param time the time of day as the input gives it, ISO 8601 with its zone when it has one
 *     ("15:44", "05:12:00Z", "08:30:00+02:00"), or null
 * @param outlet the outlet resolved from the registry (see {@code ArticleSource}), or null before that
 */
public record Article(String id, String source, String url, String title, List<String> body,
        LocalDate published, Origin origin, String time, Outlet outlet) implements ReadResult {

    public static final String UNKNOWN_SOURCE = "unknown";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        body = List.copyOf(body);
    }

    /** An article as a reader gives it: no time of day, no resolved outlet. */
    public Article(String id, String source, String url, String title, List<String> body, LocalDate published,
            Origin origin) {
        this(id, source, url, title, body, published, origin, null, null);
    }

    /** The publication date with its time and zone where the input has them ("2026-11-20T08:30:00+02:00"), or "". */
    public String publishedIso() {
        if (published == null) {
            return "";
        }
        return time == null ? published.toString() : published + "T" + time;
    }

    /** This article credited to an outlet, under the id that goes with it. */
    public Article withOutlet(Outlet resolved, String newId) {
        return new Article(newId, resolved.named() ? (resolved.ar().isEmpty() ? resolved.en() : resolved.ar()) : source,
                url, title, body, published, origin, time, resolved);
    }
}
