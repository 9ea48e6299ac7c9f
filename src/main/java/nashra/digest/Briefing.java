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
 * @param incidents the incidents (several stories around one happening), each with its stories
 *     inside, most outlets first
 * @param stories the stories that are part of no incident, in briefing order
 */
public record Briefing(String schema, String runDate, String generatedAt, ModelInfo model, Counts counts,
        List<IncidentEntry> incidents, List<StoryEntry> stories) {

    /**
     * Version 2 replaced the flat article list of version 1 with stories; version 3 put the
     * stories of one incident inside it, so {@code stories} holds only those of no incident.
     */
    public static final String SCHEMA = "nashra.briefing/3";

    public Briefing {
        incidents = List.copyOf(incidents);
        stories = List.copyOf(stories);
    }

    /**
     * The briefing of the given stories (in briefing order): the stories of each incident inside
     * it, incidents with most outlets first (then most articles, then first in briefing order),
     * the other stories after them in their order.
     *
     * @param digests the article digests by id
     */
    public static Briefing of(String runDate, String generatedAt, ModelInfo model, Counts counts,
            List<StoryDigest> stories, java.util.Map<String, ArticleDigest> digests) {
        java.util.Map<String, List<StoryEntry>> byIncident = new java.util.LinkedHashMap<>();
        java.util.Map<String, StoryDigest.IncidentRef> refs = new java.util.HashMap<>();
        List<StoryEntry> plain = new java.util.ArrayList<>();
        for (StoryDigest story : stories) {
            List<Entry> members = story.articleIds().stream()
                    .map(id -> Entry.of(digests.get(id), "articles/" + DigestFiles.name(id))).toList();
            StoryEntry entry = StoryEntry.of(story, members);
            if (story.incident() == null) {
                plain.add(entry);
            } else {
                byIncident.computeIfAbsent(story.incident().id(), k -> new java.util.ArrayList<>()).add(entry);
                refs.put(story.incident().id(), story.incident());
            }
        }
        List<IncidentEntry> incidents = new java.util.ArrayList<>();
        byIncident.forEach((id, entries) -> {
            StoryDigest.IncidentRef ref = refs.get(id);
            incidents.add(new IncidentEntry(id, ref.headline(), entries.size(), ref.articleCount(), ref.sourceCount(),
                    entries));
        });
        incidents.sort(java.util.Comparator.comparingInt(IncidentEntry::sourceCount).reversed()
                .thenComparing(java.util.Comparator.comparingInt(IncidentEntry::articleCount).reversed()));
        return new Briefing(SCHEMA, runDate, generatedAt, model, counts, incidents, plain);
    }

    /** Every story: those of each incident in turn, then the others. */
    public List<StoryEntry> allStories() {
        List<StoryEntry> all = new java.util.ArrayList<>();
        incidents.forEach(in -> all.addAll(in.stories()));
        all.addAll(stories);
        return all;
    }

    /**
     * Several stories around one happening.
     *
     * @param headline the headline of its lead story
     * @param articleCount articles over all its stories
     * @param sourceCount distinct outlets over all its stories
     */
    public record IncidentEntry(String id, Bilingual headline, int storyCount, int articleCount, int sourceCount,
            List<StoryEntry> stories) {

        public IncidentEntry {
            stories = List.copyOf(stories);
        }
    }

    /** What the run did with its inputs; read = written + rejected when nothing was lost. */
    public record Counts(int read, int written, int rejected) {
    }

    /** Total member articles over all stories. */
    public int articleCount() {
        return allStories().stream().mapToInt(s -> s.articles().size()).sum();
    }

    /**
     * @param digest path of the story's digest files without extension, relative to the briefing
     * @param articles the member articles, in member order
     * @param disagreements statements the outlets make with different numbers or dates
     * @param incident the id of the incident it belongs to, null when none
     * @param continuation whether it continues an earlier briefing's story, null when not checked
     */
    public record StoryEntry(String id, Bilingual headline, String published, int sourceCount,
            List<StoryDigest.Sentence> summary, String digest, List<Entry> articles,
            List<StoryDigest.Disagreement> disagreements, String incident, StoryDigest.Continuation continuation) {

        public StoryEntry {
            summary = List.copyOf(summary);
            articles = List.copyOf(articles);
            disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
        }

        public StoryEntry(String id, Bilingual headline, String published, int sourceCount,
                List<StoryDigest.Sentence> summary, String digest, List<Entry> articles) {
            this(id, headline, published, sourceCount, summary, digest, articles, List.of(), null, null);
        }

        public static StoryEntry of(StoryDigest story, List<Entry> articles) {
            return new StoryEntry(story.id(), story.headline(), story.published(), story.sourceCount(), story.summary(),
                    "stories/" + story.id(), articles, story.disagreements(),
                    story.incident() == null ? null : story.incident().id(), story.continuation());
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
