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

    public List<StoryDigest> of(List<ArticleDigest> digests) {
        List<float[]> vectors = vectors(digests);
        List<StoryArticle> articles = new ArrayList<>(digests.size());
        Map<String, ArticleDigest> byId = new HashMap<>();
        for (int i = 0; i < digests.size(); i++) {
            ArticleDigest d = digests.get(i);
            byId.put(d.id(), d);
            articles.add(new StoryArticle(d.id(), d.title() == null ? "" : d.title().ar(),
                    d.sentences().stream().map(SentencePair::ar).toList(), date(d.published()), d.source(),
                    vectors.get(i)));
        }
        List<StoryDigest> stories = new ArrayList<>();
        for (List<StoryArticle> group : grouper.group(articles).stories()) {
            stories.add(summary.build(group.stream().map(a -> byId.get(a.id())).toList()));
        }
        stories.sort(new StoryOrder());
        return stories;
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
            List<String> own = new ArrayList<>();
            if (d.title() != null && !d.title().en().isBlank()) {
                own.add(d.title().en());
            }
            d.summarySentences().forEach(s -> own.add(s.en()));
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
