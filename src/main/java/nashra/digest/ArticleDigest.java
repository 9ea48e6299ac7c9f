package nashra.digest;

import java.util.List;
import nashra.outlet.Outlet;

/**
 * The bilingual digest of one article; serialised as JSON with {@link #SCHEMA} as its first
 * field. The schema is documented in the README; a change that removes or renames a field
 * raises the version.
 *
 * @param schema always {@link #SCHEMA}
 * @param id stable article id (from source and content)
 * @param source outlet name as the input gives it (Arabic where it has one), may be empty
 * @param url link to the original, may be empty
 * @param published publication date, with the time and zone where the input gives them (ISO 8601), may be empty
 * @param origin where the article came from in the input (file, and line for JSON Lines)
 * @param title the title in both languages
 * @param sentences every sentence of the article, in order
 * @param summary indices into {@code sentences} of the key sentences, in article order
 * @param model the translation model
 * @param outlet the outlet in English and Arabic, from the registry; null in digests written before it
 */
public record ArticleDigest(
        String schema,
        String id,
        String source,
        String url,
        String published,
        String origin,
        Bilingual title,
        List<SentencePair> sentences,
        List<Integer> summary,
        ModelInfo model,
        Outlet outlet) {

    public static final String SCHEMA = "nashra.article-digest/1";

    public ArticleDigest {
        sentences = List.copyOf(sentences);
        summary = List.copyOf(summary);
    }

    /** A digest whose outlet is known only by the name in {@code source}. */
    public ArticleDigest(String schema, String id, String source, String url, String published, String origin,
            Bilingual title, List<SentencePair> sentences, List<Integer> summary, ModelInfo model) {
        this(schema, id, source, url, published, origin, title, sentences, summary, model, null);
    }

    /** The outlet, or for a digest without one an outlet named only by {@code source} (unknown when empty). */
    public Outlet outletOrSource() {
        if (outlet != null) {
            return outlet;
        }
        if (source == null || source.isEmpty() || Outlet.UNKNOWN_ID.equals(source)) {
            return Outlet.UNKNOWN;
        }
        return new Outlet("name:" + source, source, source, "", false);
    }

    /** The summary sentences themselves, in article order. */
    public List<SentencePair> summarySentences() {
        return summary.stream().map(sentences::get).toList();
    }
}
