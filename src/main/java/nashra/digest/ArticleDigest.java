package nashra.digest;

import java.util.List;

/**
 * The bilingual digest of one article; serialised as JSON with {@link #SCHEMA} as its first
 * field. The schema is documented in the README; a change that removes or renames a field
 * raises the version.
 *
 * @param schema always {@link #SCHEMA}
 * @param id stable article id (from source and content)
 * @param source outlet name, may be empty
 * @param url link to the original, may be empty
 * @param published publication time or date as given (ISO 8601), may be empty
 * @param origin where the article came from in the input (file, and line for JSON Lines)
 * @param title the title in both languages
 * @param sentences every sentence of the article, in order
 * @param summary indices into {@code sentences} of the key sentences, in article order
 * @param model the translation model
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
        ModelInfo model) {

    public static final String SCHEMA = "nashra.article-digest/1";

    public ArticleDigest {
        sentences = List.copyOf(sentences);
        summary = List.copyOf(summary);
    }

    /** The summary sentences themselves, in article order. */
    public List<SentencePair> summarySentences() {
        return summary.stream().map(sentences::get).toList();
    }
}
