package nashra.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nashra.article.Article;
import nashra.article.ArticleSource;
import nashra.article.Origin;
import nashra.article.ReadResult;
import nashra.article.RejectedInputException;
import nashra.text.TextPipeline;
import nashra.translate.Translation;
import nashra.translate.Translator;
import nashra.translate.check.CheckedTranslator;
import nashra.translate.check.Glossary;
import nashra.translate.check.TranslationChecks;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A chunk's articles translated in one call by the real tiny model, each article still finished,
 * rejected or failed on its own, with the same digest it gets alone.
 */
class ChunkDigesterTest {

    static final Path MODEL = Path.of(System.getProperty("nashra.test.model", "src/test/resources/models/marian-tiny"));
    static MarianTranslator marian;
    static Translator checked;

    /** The real translator, with a record of every call; it fails, like a bug would, on a sentence saying so. */
    static final class Engine implements Translator {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public List<Translation> translate(List<String> sources) {
            calls.add(List.copyOf(sources));
            if (sources.stream().anyMatch(s -> s.contains("انفجار المترجم"))) {
                throw new IllegalStateException("the translator cannot take this sentence");
            }
            return checked.translate(sources);
        }

        @Override
        public String modelName() {
            return checked.modelName();
        }

        @Override
        public void close() {
        }
    }

    @BeforeAll
    static void load() throws Exception {
        marian = MarianTranslator.load(MODEL, MarianOptions.defaults().withThreads(2).withBatchSize(8));
        checked = new CheckedTranslator(marian, TranslationChecks.standard(Glossary.load(Path.of("jobs/glossary.tsv")),
                -1.0), 0);
    }

    @AfterAll
    static void close() {
        marian.close();
    }

    private static ArticleDigester digester(Translator translator) {
        // Lead sentences as key sentences: the summariser is not what this test is about.
        ArticleDigester.KeySentences lead = (pairs, k) -> pairs.stream().limit(k).map(SentencePair::index).toList();
        return new ArticleDigester(new TextPipeline(), translator, lead, 3, new ModelInfo("marian-tiny", "test"));
    }

    private static List<Article> samples() {
        try (Stream<ReadResult> read = new ArticleSource().stream(Path.of("jobs/samples"))) {
            return read.filter(r -> r instanceof Article).map(r -> (Article) r)
                    .filter(a -> a.body().stream().anyMatch(line -> !line.isBlank())).limit(5).toList();
        }
    }

    private static Article article(String origin, String title, String body) {
        return new Article(origin, "test", null, title, List.of(body), null, Origin.parse(origin));
    }

    @Test
    void aChunkGoesToTheEngineInOneCallAndEachArticleGetsTheDigestItGetsAlone() {
        List<Article> articles = samples();
        Engine engine = new Engine();
        ChunkDigester chunk = new ChunkDigester(digester(engine));
        chunk.prepare(articles);
        assertEquals(1, engine.calls.size(), "one call for the chunk");
        int expected = articles.stream().mapToInt(a -> digester(checked).prepare(a).sources().size()).sum();
        assertEquals(expected, engine.calls.get(0).size(), "every title and sentence of the chunk");
        for (Article a : articles) {
            assertEquals(digester(checked).digest(a), chunk.digest(a), a.origin().toString());
        }
        assertEquals(1, engine.calls.size(), "nothing translated again");
        assertEquals(0, chunk.pending());
    }

    @Test
    void oneBadArticleFailsAloneAndItsNeighboursAreDigested() {
        List<Article> good = samples().subList(0, 2);
        Article empty = article("night/empty.txt", "عنوان", "   ");
        Article bug = article("night/bug.txt", "خبر عاجل", "وقع انفجار المترجم في المدينة.");
        List<Article> group = List.of(good.get(0), empty, bug, good.get(1));
        Engine engine = new Engine();
        ChunkDigester chunk = new ChunkDigester(digester(engine));
        chunk.prepare(group);

        // An article with nothing to translate is the reject it always was.
        assertThrows(RejectedInputException.class, () -> chunk.digest(empty));
        // The group's call failed; each article is then translated alone, and only the one that
        // causes the failure meets it, as it did before chunks were translated together.
        assertEquals(digester(checked).digest(good.get(0)), chunk.digest(good.get(0)));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> chunk.digest(bug));
        assertEquals("the translator cannot take this sentence", failure.getMessage());
        assertEquals(digester(checked).digest(good.get(1)), chunk.digest(good.get(1)));
    }
}
