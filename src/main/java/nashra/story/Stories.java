package nashra.story;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nashra.digest.ArticleDigest;
import nashra.digest.SentencePair;
import nashra.digest.StoryDigest;
import nashra.summarize.Embedder;

/**
 * The night's stories from its article digests: grouped by {@link StoryGrouper}, summarised
 * across outlets by {@link StorySummary}, in briefing order ({@link StoryOrder}). Every digest
 * ends in exactly one story; an article nobody else reported is a story of one.
 */
public final class Stories {

    private final StoryGrouper grouper;
    private final StorySummary summary;
    private final Embedder embedder;

    /**
     * @param embedder embeds the English title and key sentences of each article so the grouper can
     *     weigh meaning as well as wording; null to group from the Arabic alone
     */
    public Stories(StoryGrouper grouper, StorySummary summary, Embedder embedder) {
        this.grouper = grouper;
        this.summary = summary;
        this.embedder = embedder;
    }

    /**
     * The same stories, with the sentence vectors given (by English sentence) used instead of
     * embedding those sentences again; the others are embedded as before.
     */
    public Stories reusing(Embedder known) {
        return new Stories(grouper, summary, embedder == null ? null : known);
    }

    /** The embedder the grouper's vectors come from, or null when the grouping reads the Arabic alone. */
    public Embedder embedder() {
        return embedder;
    }

    /** The night's stories in briefing order, each placed in its incident when it has one. */
    public List<StoryDigest> of(List<ArticleDigest> digests) {
        return of(digests, List.of());
    }

    /**
     * A story of an earlier briefing, with its member articles, for telling what continues.
     *
     * @param date the earlier run date (ISO 8601)
     */
    public record Earlier(String date, StoryDigest story, List<ArticleDigest> members) {
    }

    /**
     * The night's stories in briefing order, each placed in its incident when it has one, and
     * marked as continuing a story of an earlier briefing (the same event, later coverage) or new.
     */
    public List<StoryDigest> of(List<ArticleDigest> digests, List<Earlier> earlier) {
        List<float[]> vectors = vectors(digests);
        List<StoryArticle> articles = new ArrayList<>(digests.size());
        Map<String, ArticleDigest> byId = new HashMap<>();
        for (int i = 0; i < digests.size(); i++) {
            ArticleDigest d = digests.get(i);
            byId.put(d.id(), d);
            articles.add(storyArticle(d.id(), d, vectors.get(i)));
        }
        StoryGrouper.Grouping grouping = grouper.group(articles);
        List<StoryDigest> stories = new ArrayList<>();
        for (List<StoryArticle> group : grouping.stories()) {
            stories.add(summary.build(group.stream().map(a -> byId.get(a.id())).toList()));
        }
        for (List<Integer> incident : grouping.incidents()) {
            if (incident.size() < 2) {
                continue;
            }
            List<StoryDigest> members = incident.stream().map(stories::get).sorted(new StoryOrder()).toList();
            StoryDigest.IncidentRef ref = incidentRef(members);
            for (int k : incident) {
                stories.set(k, stories.get(k).withIncident(ref));
            }
        }
        Map<String, StoryDigest.Continuation> continuations = continuations(stories, byId, earlier);
        stories.replaceAll(st -> st.withContinuation(continuations.getOrDefault(st.id(), StoryDigest.Continuation.NEW)));
        stories.sort(new StoryOrder());
        return stories;
    }

    private static StoryArticle storyArticle(String id, ArticleDigest d, float[] vector) {
        return new StoryArticle(id, d.title() == null ? "" : d.title().ar(),
                d.sentences().stream().map(SentencePair::ar).toList(), date(d.published()), d.source(), vector);
    }

    /** The incident of these stories (in briefing order): id from their sorted ids, the lead story's headline. */
    static StoryDigest.IncidentRef incidentRef(List<StoryDigest> members) {
        List<String> ids = members.stream().map(StoryDigest::id).sorted().toList();
        int articles = members.stream().mapToInt(m -> m.sources().size()).sum();
        // Named outlets only, as for a story: an unknown outlet is not one more outlet.
        long outlets = members.stream().flatMap(m -> m.sources().stream())
                .map(src -> src.outlet() != null ? (src.outlet().named() ? src.outlet().id() : null)
                        : src.name().isEmpty() || nashra.outlet.Outlet.UNKNOWN_ID.equals(src.name()) ? null : src.name())
                .filter(java.util.Objects::nonNull).distinct().count();
        return new StoryDigest.IncidentRef("i" + StorySummary.idOf(ids).substring(1),
                members.get(0).headline(), members.size(), articles, (int) outlets,
                members.stream().map(m -> new StoryDigest.StoryLink(m.id(), m.headline())).toList());
    }

    /**
     * Which of tonight's stories continue an earlier one: tonight's articles and the earlier
     * stories' articles are grouped together, with no limit on days apart; a story whose articles
     * share an event with an earlier story's continues it (the earlier story with most shared
     * members, then the latest). The earlier articles are grouped from their Arabic alone.
     */
    private Map<String, StoryDigest.Continuation> continuations(List<StoryDigest> stories,
            Map<String, ArticleDigest> byId, List<Earlier> earlier) {
        Map<String, StoryDigest.Continuation> out = new HashMap<>();
        if (earlier.isEmpty()) {
            return out;
        }
        List<StoryArticle> all = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        for (StoryDigest st : stories) {
            for (String id : st.articleIds()) {
                all.add(storyArticle(id, byId.get(id), null));
                storyOf.put(id, st.id());
            }
        }
        Map<String, Earlier> earlierOf = new HashMap<>();
        for (Earlier e : earlier) {
            for (ArticleDigest d : e.members()) {
                String key = "earlier:" + e.date() + ":" + d.id();
                all.add(storyArticle(key, d, null));
                earlierOf.put(key, e);
            }
        }
        Map<String, Map<Earlier, Integer>> votes = new HashMap<>();
        for (List<StoryArticle> event : grouper.withoutDayLimit().group(all).stories()) {
            List<Earlier> before = event.stream().map(a -> earlierOf.get(a.id())).filter(e -> e != null).toList();
            if (before.isEmpty()) {
                continue;
            }
            for (StoryArticle a : event) {
                String story = storyOf.get(a.id());
                if (story != null) {
                    before.forEach(e -> votes.computeIfAbsent(story, k -> new HashMap<>()).merge(e, 1, Integer::sum));
                }
            }
        }
        votes.forEach((story, counts) -> {
            Earlier best = counts.entrySet().stream()
                    .max(java.util.Comparator.<Map.Entry<Earlier, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> e.getKey().date()))
                    .orElseThrow().getKey();
            out.put(story, StoryDigest.Continuation.of(best.date(), best.story().id(), best.story().headline()));
        });
        return out;
    }

    /** Mean embedding of each article's English title and key sentences; nulls without an embedder. */
    private List<float[]> vectors(List<ArticleDigest> digests) {
        List<float[]> out = new ArrayList<>(digests.size());
        if (embedder == null) {
            digests.forEach(d -> out.add(null));
            return out;
        }
        List<String> texts = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (ArticleDigest d : digests) {
            List<String> own = embeddedSentences(d);
            texts.addAll(own);
            counts.add(own.size());
        }
        float[][] embedded = texts.isEmpty() ? new float[0][] : embedder.embed(texts);
        int next = 0;
        for (int count : counts) {
            if (count == 0) {
                out.add(null);
                continue;
            }
            float[] mean = new float[embedder.dimension()];
            for (int k = 0; k < count; k++) {
                float[] v = embedded[next++];
                for (int x = 0; x < mean.length; x++) {
                    mean[x] += v[x] / count;
                }
            }
            out.add(mean);
        }
        return out;
    }

    /**
     * The English sentences of an article whose mean embedding stands for it in the grouping: its
     * title (when it has one) and its key sentences. Step 1 keeps their vectors beside the digest.
     */
    public static List<String> embeddedSentences(ArticleDigest d) {
        List<String> own = new ArrayList<>();
        if (d.title() != null && !d.title().en().isBlank()) {
            own.add(d.title().en());
        }
        d.summarySentences().forEach(s -> own.add(s.en()));
        return own;
    }

    /** The date part of an ISO date or date-time, or null when there is none. */
    static LocalDate date(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
