package nashra.digest;

import java.util.List;
import nashra.outlet.Outlet;

/**
 * One event as several outlets reported it, serialised as JSON with {@link #SCHEMA} as its first
 * field. Every summary sentence names the member articles that carry it, so an analyst can trace
 * each English line to the Arabic of each outlet.
 *
 * @param schema always {@link #SCHEMA}
 * @param id stable id from the sorted member ids: the same members give the same id
 * @param headline the title of the most central member, in both languages
 * @param published the latest member's publication (ISO 8601 date, with time and zone where given), empty when none has one
 * @param sourceCount distinct named outlets among the members (an unknown outlet is not counted)
 * @param sources one entry per member article, in member order
 * @param summary the cross-source summary: a sentence several outlets carry appears once
 * @param model the translation model
 * @param disagreements statements the outlets make with different numbers or dates (the same
 *     meeting on 22 and on 24 November); empty when they agree or say nothing alike
 * @param incident the incident this story is part of (other stories around the same happening),
 *     null when it stands alone
 * @param continuation whether it continues a story of an earlier briefing; null when not checked
 */
public record StoryDigest(String schema, String id, Bilingual headline, String published, int sourceCount,
        List<Source> sources, List<Sentence> summary, ModelInfo model, List<Disagreement> disagreements,
        IncidentRef incident, Continuation continuation) {

    /** A story whose outlets do not disagree on a number, not yet placed in an incident. */
    public StoryDigest(String schema, String id, Bilingual headline, String published, int sourceCount,
            List<Source> sources, List<Sentence> summary, ModelInfo model) {
        this(schema, id, headline, published, sourceCount, sources, summary, model, List.of(), null, null);
    }

    /** A story on its own, not yet placed in an incident or checked against earlier briefings. */
    public StoryDigest(String schema, String id, Bilingual headline, String published, int sourceCount,
            List<Source> sources, List<Sentence> summary, ModelInfo model, List<Disagreement> disagreements) {
        this(schema, id, headline, published, sourceCount, sources, summary, model, disagreements, null, null);
    }

    /** Version 2 added {@code incident}, {@code continuation} and {@code disagreements}. */
    public static final String SCHEMA = "nashra.story-digest/2";

    public StoryDigest {
        sources = List.copyOf(sources);
        summary = List.copyOf(summary);
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }


    public StoryDigest withIncident(IncidentRef in) {
        return new StoryDigest(schema, id, headline, published, sourceCount, sources, summary, model, disagreements, in,
                continuation);
    }

    public StoryDigest withContinuation(Continuation c) {
        return new StoryDigest(schema, id, headline, published, sourceCount, sources, summary, model, disagreements,
                incident, c);
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
     * @param outlet the outlet in English and Arabic; null in digests written before it
     */
    public record Source(String name, String url, String articleId, Bilingual title, String published, String digest,
            Outlet outlet) {

        public Source(String name, String url, String articleId, Bilingual title, String published, String digest) {
            this(name, url, articleId, title, published, digest, null);
        }
    }

    /**
     * One summary sentence with every member that carries it (or a near copy of it).
     *
     * @param ar the Arabic sentence, as the first member carrying it has it
     * @param en its English translation from that member
     * @param flags translation warnings on that translation
     * @param articleIds the members that carry it, in member order
     * @param sources their distinct outlet names, in member order
     * @param notes each flag explained, as in the article digest
     * @param indices for each of {@code articleIds}, the index of the sentence in that article
     *     (its anchor there is {@code #s<index + 1>}); empty in digests written before it
     */
    public record Sentence(String ar, String en, List<String> flags, List<String> articleIds, List<String> sources,
            List<SentencePair.Note> notes, List<Integer> indices) {

        public Sentence {
            flags = List.copyOf(flags);
            articleIds = List.copyOf(articleIds);
            sources = List.copyOf(sources);
            notes = notes == null ? List.of() : List.copyOf(notes);
            indices = indices == null ? List.of() : List.copyOf(indices);
        }

        public Sentence(String ar, String en, List<String> flags, List<String> articleIds, List<String> sources) {
            this(ar, en, flags, articleIds, sources, List.of(), List.of());
        }

        /** The explanation of a flag: its note, or the flag's name when there is none. */
        public String explain(String flag) {
            return notes.stream().filter(n -> n.flag().equals(flag)).map(SentencePair.Note::text).findFirst()
                    .orElse(flag);
        }
    }

    /**
     * One statement the outlets make with different values.
     *
     * @param kind "number" or "date"
     * @param readings each value with the members that give it, the most carried first
     */
    public record Disagreement(String kind, List<Reading> readings) {

        public Disagreement {
            readings = List.copyOf(readings);
        }
    }

    /**
     * One value of a disputed statement.
     *
     * @param value the value in English ("22 November", "120 million")
     * @param ar the Arabic sentence of the first member that gives it
     * @param en its English translation
     * @param articleIds the members that give this value
     * @param sources their outlets
     */
    public record Reading(String value, String ar, String en, List<String> articleIds, List<String> sources) {

        public Reading {
            articleIds = List.copyOf(articleIds);
            sources = List.copyOf(sources);
        }
    }
}
