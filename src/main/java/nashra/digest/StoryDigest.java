package nashra.digest;

import java.util.List;

/**
 * One event as several outlets reported it, serialised as JSON with {@link #SCHEMA} as its first
 * field. Every summary sentence names the member articles that carry it, so an analyst can trace
 * each English line to the Arabic of each outlet.
 *
 * @param schema always {@link #SCHEMA}
 * @param id stable id from the sorted member ids: the same members give the same id
 * @param headline the title of the most central member, in both languages
 * @param published the latest member date (ISO 8601 date), empty when no member has one
 * @param sourceCount distinct outlets among the members
 * @param sources one entry per member article, in member order
 * @param summary the cross-source summary: a sentence several outlets carry appears once
 * @param model the translation model
 * @param incident the incident this story is part of (other stories around the same happening),
 *     null when it stands alone
 * @param continuation whether it continues a story of an earlier briefing; null when not checked
 */
public record StoryDigest(String schema, String id, Bilingual headline, String published, int sourceCount,
        List<Source> sources, List<Sentence> summary, ModelInfo model, IncidentRef incident,
        Continuation continuation) {

    /** Version 2 added {@code incident} and {@code continuation}. */
    public static final String SCHEMA = "nashra.story-digest/2";

    public StoryDigest {
        sources = List.copyOf(sources);
        summary = List.copyOf(summary);
    }

    /** A story on its own, not yet placed in an incident or checked against earlier briefings. */
    public StoryDigest(String schema, String id, Bilingual headline, String published, int sourceCount,
            List<Source> sources, List<Sentence> summary, ModelInfo model) {
        this(schema, id, headline, published, sourceCount, sources, summary, model, null, null);
    }

    public StoryDigest withIncident(IncidentRef in) {
        return new StoryDigest(schema, id, headline, published, sourceCount, sources, summary, model, in, continuation);
    }

    public StoryDigest withContinuation(Continuation c) {
        return new StoryDigest(schema, id, headline, published, sourceCount, sources, summary, model, incident, c);
    }

    /**
     * The incident a story belongs to: the stories around one happening (the attack, its claim,
     * the reactions).
     *
     * @param id stable id from the sorted story ids
     * @param headline the headline of its lead story (most outlets, then most articles)
     * @param storyCount its stories
     * @param articleCount their articles
     * @param sourceCount distinct outlets over them
     * @param stories every story of the incident (this one included), in briefing order
     */
    public record IncidentRef(String id, Bilingual headline, int storyCount, int articleCount, int sourceCount,
            List<StoryLink> stories) {

        public IncidentRef {
            stories = List.copyOf(stories);
        }
    }

    /** Another story by id and headline; its digest is {@code stories/<id>} in the same run. */
    public record StoryLink(String id, Bilingual headline) {
    }

    /**
     * Whether the story continues one of an earlier briefing (the same event, later coverage).
     *
     * @param status {@code new} or {@code continuing}
     * @param date the earlier briefing's run date, null when new
     * @param storyId the earlier story's id, null when new
     * @param headline the earlier story's headline, null when new
     * @param digest the earlier story's digest files without extension, relative to the run folder
     *     ({@code ../<date>/stories/<id>}), null when new
     */
    public record Continuation(String status, String date, String storyId, Bilingual headline, String digest) {

        public static final Continuation NEW = new Continuation("new", null, null, null, null);

        public static Continuation of(String date, String storyId, Bilingual headline) {
            return new Continuation("continuing", date, storyId, headline, "../" + date + "/stories/" + storyId);
        }

        public boolean continuing() {
            return "continuing".equals(status);
        }
    }

    /** The member article ids, in member order. */
    public List<String> articleIds() {
        return sources.stream().map(Source::articleId).toList();
    }

    /**
     * A member article.
     *
     * @param name outlet name, may be empty
     * @param url link to the original, may be empty
     * @param articleId the article's id
     * @param title the article's title in both languages
     * @param published the article's date as given, may be empty
     * @param digest path of the article's digest files without extension, relative to the story's files
     */
    public record Source(String name, String url, String articleId, Bilingual title, String published, String digest) {
    }

    /**
     * One summary sentence with every member that carries it (or a near copy of it).
     *
     * @param ar the Arabic sentence, as the first member carrying it has it
     * @param en its English translation from that member
     * @param flags translation warnings on that translation
     * @param articleIds the members that carry it, in member order
     * @param sources their distinct outlet names, in member order
     */
    public record Sentence(String ar, String en, List<String> flags, List<String> articleIds, List<String> sources) {

        public Sentence {
            flags = List.copyOf(flags);
            articleIds = List.copyOf(articleIds);
            sources = List.copyOf(sources);
        }
    }
}
