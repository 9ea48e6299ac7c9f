package nashra.digest;

import java.util.List;

/**
 * The run's index: every article that made it into a digest, with its English title and summary,
 * and the run's accounting.
 *
 * @param schema always {@link #SCHEMA}
 * @param runDate the briefing's date (ISO 8601)
 * @param generatedAt when the run wrote it (ISO 8601 instant)
 * @param counts read, written and rejected inputs
 * @param articles one entry per article digest
 */
public record Briefing(String schema, String runDate, String generatedAt, ModelInfo model, Counts counts,
        List<Entry> articles) {

    public static final String SCHEMA = "nashra.briefing/1";

    public Briefing {
        articles = List.copyOf(articles);
    }

    /** What the run did with its inputs; read = written + rejected when nothing was lost. */
    public record Counts(int read, int written, int rejected) {
    }

    /**
     * @param digest path of the article's digest files without extension, relative to the briefing
     * @param flagged sentences with translation warnings
     */
    public record Entry(String id, Bilingual title, String source, String url, String published,
            List<SentencePair> summary, String digest, int sentences, int flagged) {

        public Entry {
            summary = List.copyOf(summary);
        }

        public static Entry of(ArticleDigest d, String digestPath) {
            int flagged = (int) d.sentences().stream().filter(s -> !s.flags().isEmpty()).count();
            return new Entry(d.id(), d.title(), d.source(), d.url(), d.published(), d.summarySentences(), digestPath,
                    d.sentences().size(), flagged);
        }
    }
}
