package nashra.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nashra.article.Article;
import nashra.article.Rejected;
import nashra.article.RejectedInputException;
import nashra.text.ArabicNormalizer;
import nashra.text.CleanText;
import nashra.text.TextPipeline;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import nashra.translate.Translator;

/**
 * One article to its bilingual digest: clean and segment the Arabic, translate the title and
 * every sentence, pick the key sentences, and keep every English sentence beside its source. An
 * article with nothing left to translate is rejected with its reason instead of producing an
 * empty digest.
 *
 * <p>The three stages are separate ({@link #prepare}, {@link #translate}, {@link #finish}) so
 * that a caller can translate the sentences of many articles together ({@link ChunkDigester}):
 * the engine's batches are then full and sorted by length, not one article's 5 to 20 sentences.
 */
public final class ArticleDigester {

    /**
     * Chooses key sentences: given the pairs and how many to pick, returns indices into the
     * pairs in article order.
     */
    public interface KeySentences extends BiFunction<List<SentencePair>, Integer, List<Integer>> {
    }

    private final TextPipeline pipeline;
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Translator translator;
    private final KeySentences keySentences;
    private final int summaryLength;
    private final ModelInfo model;

    public ArticleDigester(TextPipeline pipeline, Translator translator, KeySentences keySentences, int summaryLength,
            ModelInfo model) {
        this.pipeline = pipeline;
        this.translator = translator;
        this.keySentences = keySentences;
        this.summaryLength = summaryLength;
        this.model = model;
    }

    /** One article cleaned and segmented, with what goes to the translator: its title first, then its sentences. */
    public record Prepared(Article article, CleanText clean, String titleAr, List<String> sources) {
    }

    /** The whole way for one article: {@link #prepare}, {@link #translate} alone, {@link #finish}. */
    public ArticleDigest digest(Article article) {
        Prepared prepared = prepare(article);
        return finish(prepared, translate(List.of(prepared)).get(0));
    }

    /** Cleans and segments; an article with no sentence left is rejected with its reason. */
    public Prepared prepare(Article article) {
        CleanText clean = pipeline.clean(article.body());
        if (clean.sentences().isEmpty()) {
            throw new RejectedInputException(new Rejected(article.origin(), Rejected.EMPTY,
                    "no sentence left after removing " + clean.removed().size() + " boilerplate line(s)"));
        }
        String titleAr = article.title() == null ? "" : normalizer.normalizeLine(article.title()).strip();
        List<String> sources = new ArrayList<>(clean.sentences().size() + 1);
        sources.add(titleAr);
        clean.sentences().forEach(s -> sources.add(s.text()));
        return new Prepared(article, clean, titleAr, List.copyOf(sources));
    }

    /**
     * Translates the titles and sentences of several articles in one call, so that the engine
     * sorts them all by length into full batches; each article gets back its own translations,
     * in the order of its {@link Prepared#sources()}.
     */
    public List<List<Translation>> translate(List<Prepared> group) {
        List<String> all = new ArrayList<>();
        group.forEach(p -> all.addAll(p.sources()));
        List<Translation> translations = translator.translate(all);
        List<List<Translation>> out = new ArrayList<>(group.size());
        int from = 0;
        for (Prepared p : group) {
            out.add(translations.subList(from, from + p.sources().size()));
            from += p.sources().size();
        }
        return out;
    }

    /** The digest of a prepared article from its translations: sentence pairs, title, key sentences. */
    public ArticleDigest finish(Prepared prepared, List<Translation> translations) {
        Article article = prepared.article();
        CleanText clean = prepared.clean();
        String titleAr = prepared.titleAr();
        List<SentencePair> pairs = new ArrayList<>(clean.sentences().size());
        for (int i = 0; i < clean.sentences().size(); i++) {
            pairs.add(pair(i, translations.get(i + 1)));
        }
        Bilingual title = titleAr.isEmpty()
                // No headline in the input: the lead sentence stands in, so the briefing still says what it is about.
                ? new Bilingual(pairs.get(0).ar(), pairs.get(0).en())
                : new Bilingual(titleAr, translations.get(0).text());
        List<Integer> summary = keySentences.apply(pairs, summaryLength);
        return new ArticleDigest(ArticleDigest.SCHEMA, article.id(), nullToEmpty(article.source()),
                nullToEmpty(article.url()), article.publishedIso(), article.origin().toString(), title, pairs, summary,
                model, article.outlet());
    }

    /** The sentence with its flags in their declared order, each explained, and the model's confidence. */
    static SentencePair pair(int index, Translation t) {
        List<TranslationFlag> flags = t.sortedFlags();
        return new SentencePair(index, t.source(), t.text(), flags.stream().map(Enum::name).toList(),
                flags.stream().map(f -> new SentencePair.Note(f.name(), t.explain(f))).toList(),
                Double.isNaN(t.confidence()) ? null : Math.round(t.confidence() * 10000) / 10000.0);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
