package nashra.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from the input, before cleaning: the body still holds whatever
 * boilerplate the page had, so the text chain can remove it and say what it removed.
 *
 * @param id stable id: given by the input, or derived from source, title and body ({@link ArticleIds})
 * @param source the outlet or agency, "unknown" when the input does not say
 * @param url the article's address, or null
 * @param title the headline, "" when the input has none
 * @param body the paragraphs, normalised, one a line, in order
 * @param published the publication date, or null; a date rather than a time because most
 *     inputs give no time and many give no zone
 * @param origin the file (and line) it was read from
 */
public record Article(String id, String source, String url, String title, List<String> body,
        LocalDate published, Origin origin) implements ReadResult {

    public static final String UNKNOWN_SOURCE = "unknown";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        body = List.copyOf(body);
    }
}
