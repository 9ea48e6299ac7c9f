package nashra.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nashra.article.Article;
import nashra.translate.Translation;

/**
 * Digests a group of articles (a chunk of the job) with one translation call for all of them,
 * while each article still succeeds or fails on its own.
 *
 * <p>{@link #prepare} cleans every article of the group and translates all their titles and
 * sentences together; {@link #digest} then finishes one article from what was prepared. Anything
 * the group stage could not do for an article (its cleaning threw, or the group's translation
 * threw) is simply not kept: {@link #digest} then does that article the whole way alone, exactly
 * as it would have without the group, so the article's outcome (a digest, a reject, the same
 * exception) is the one it always had. The group is an optimisation, never a change of meaning:
 * one bad article cannot make its neighbours fail, and a failure of the engine surfaces at the
 * article that meets it, as before.
 *
 * <p>Not thread-safe: one group at a time, as a chunk is processed.
 */
public final class ChunkDigester {

    private final ArticleDigester digester;
    private final Map<Article, Ready> ready = new HashMap<>();

    private record Ready(ArticleDigester.Prepared prepared, List<Translation> translations) {
    }

    public ChunkDigester(ArticleDigester digester) {
        this.digester = digester;
    }

    /** Cleans the group's articles and translates all their sentences in one call; forgets any earlier group. */
    public void prepare(List<? extends Article> articles) {
        ready.clear();
        List<ArticleDigester.Prepared> prepared = new ArrayList<>(articles.size());
        for (Article article : articles) {
            try {
                prepared.add(digester.prepare(article));
            } catch (RuntimeException | StackOverflowError e) {
                // This article is done alone in digest(), where its failure is reported as it always was.
            }
        }
        if (prepared.isEmpty()) {
            return;
        }
        List<List<Translation>> translations;
        try {
            translations = digester.translate(prepared);
        } catch (RuntimeException | StackOverflowError e) {
            // Which article caused it is unknown here: each is translated alone in digest(), so the
            // failure lands on the article that causes it (or on the first, if the engine is broken).
            return;
        }
        for (int i = 0; i < prepared.size(); i++) {
            ready.put(prepared.get(i).article(), new Ready(prepared.get(i), translations.get(i)));
        }
    }

    /** The article's digest: finished from the group's translations, or done the whole way alone. */
    public ArticleDigest digest(Article article) {
        Ready r = ready.remove(article);
        return r == null ? digester.digest(article) : digester.finish(r.prepared(), r.translations());
    }

    /** Forgets the prepared group (after its chunk, or when the chunk failed). */
    public void clear() {
        ready.clear();
    }

    /** Articles of the current group prepared and translated, not yet digested. */
    int pending() {
        return ready.size();
    }
}
