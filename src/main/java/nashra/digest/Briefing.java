package nashra.digest;

import java.util.List;
import nashra.outlet.Outlet;

/**
 * The run's index: the night's stories in briefing order (most outlets first, then most recent;
 * single-article stories last), each with its cross-source summary and member articles, and the
 * run's accounting. Every article digest of the run is a member of exactly one story.
 *
 * @param schema always {@link #SCHEMA}
 * @param runDate the briefing's date (ISO 8601)
 * @param generatedAt when the run wrote it (ISO 8601 instant)
 * @param counts read, written and rejected inputs
 * @param stories one entry per story
 */
public record Briefing(String schema, String runDate, String generatedAt, ModelInfo model, Counts counts,
        List<StoryEntry> stories) {

    /** Version 2 replaced the flat article list of version 1 with stories. */
    public static final String SCHEMA = "nashra.briefing/2";

    public Briefing {
        stories = List.copyOf(stories);
    }

    /** What the run did with its inputs; read = written + rejected when nothing was lost. */
    public record Counts(int read, int written, int rejected) {
    }

    /** Total member articles over all stories. */
    public int articleCount() {
        return stories.stream().mapToInt(s -> s.articles().size()).sum();
    }

    /**
     * @param digest path of the story's digest files without extension, relative to the briefing
     * @param articles the member articles, in member order
     * @param disagreements statements the outlets make with different numbers or dates
     */
    public record StoryEntry(String id, Bilingual headline, String published, int sourceCount,
            List<StoryDigest.Sentence> summary, String digest, List<Entry> articles,
            List<StoryDigest.Disagreement> disagreements) {

        public StoryEntry {
            summary = List.copyOf(summary);
            articles = List.copyOf(articles);
            disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
        }

        public StoryEntry(String id, Bilingual headline, String published, int sourceCount,
                List<StoryDigest.Sentence> summary, String digest, List<Entry> articles) {
            this(id, headline, published, sourceCount, summary, digest, articles, List.of());
        }

        public static StoryEntry of(StoryDigest story, List<Entry> articles) {
            return new StoryEntry(story.id(), story.headline(), story.published(), story.sourceCount(), story.summary(),
                    "stories/" + story.id(), articles, story.disagreements());
        }
    }

    /**
     * A member article.
     *
     * @param digest path of the article's digest files without extension, relative to the briefing
     * @param flagged sentences with translation warnings
     * @param outlet the outlet in English and Arabic
     */
    public record Entry(String id, Bilingual title, String source, String url, String published,
            List<SentencePair> summary, String digest, int sentences, int flagged, Outlet outlet) {

        public Entry {
            summary = List.copyOf(summary);
            outlet = outlet == null ? Outlet.UNKNOWN : outlet;
        }

        public static Entry of(ArticleDigest d, String digestPath) {
            int flagged = (int) d.sentences().stream().filter(s -> !s.flags().isEmpty()).count();
            return new Entry(d.id(), d.title(), d.source(), d.url(), d.published(), d.summarySentences(), digestPath,
                    d.sentences().size(), flagged, d.outletOrSource());
        }
    }
}
