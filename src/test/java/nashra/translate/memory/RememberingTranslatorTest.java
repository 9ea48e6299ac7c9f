package nashra.translate.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import nashra.translate.Translator;
import nashra.translate.check.CheckedTranslator;
import nashra.translate.check.Glossary;
import nashra.translate.check.TranslationChecks;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory in front of the real tiny model and the real checks, over a real H2 file. */
class RememberingTranslatorTest {

    static final Path MODEL = Path.of(System.getProperty("nashra.test.model", "src/test/resources/models/marian-tiny"));
    static MarianTranslator marian;
    static Translator checked;

    @TempDir
    Path tmp;

    /** Records what reaches the engine; everything is still translated by it. */
    static final class Recording implements Translator {
        final Translator inner;
        final List<List<String>> calls = new ArrayList<>();

        Recording(Translator inner) {
            this.inner = inner;
        }

        @Override
        public List<Translation> translate(List<String> sources) {
            calls.add(List.copyOf(sources));
            return inner.translate(sources);
        }

        @Override
        public String modelName() {
            return inner.modelName();
        }

        @Override
        public void close() {
        }

        int sentences() {
            return calls.stream().mapToInt(List::size).sum();
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

    private TranslationMemory memory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + tmp.resolve("jobs").toAbsolutePath());
        ds.setUser("sa");
        return TranslationMemory.open(ds);
    }

    static final String A = "وصل وزير الخارجية إلى القاهرة.";
    static final String B = "قال الوزير إن المحادثات كانت مثمرة.";

    @Test
    void aRepeatedSentenceReachesTheEngineOnce() {
        Recording engine = new Recording(checked);
        RememberingTranslator translator = new RememberingTranslator(engine, null, null);
        List<Translation> out = translator.translate(List.of(A, B, " " + A + " ", "https://example.com", A));
        assertEquals(List.of(List.of(A, B, "https://example.com")), engine.calls,
                "each distinct Arabic sentence once; a line without Arabic goes through as it is");
        assertEquals(out.get(0).text(), out.get(2).text());
        assertEquals(out.get(0).text(), out.get(4).text());
        assertEquals(" " + A + " ", out.get(2).source(), "each keeps the caller's own text as its source");
        assertEquals(java.util.Set.of(TranslationFlag.KEPT), out.get(3).flags());
        RememberingTranslator.Counts counts = translator.counts();
        assertEquals(4, counts.sentences());
        assertEquals(2, counts.repeated());
        assertEquals(2, counts.translated());
        assertEquals(0, counts.fromMemory());
    }

    @Test
    void aSentenceTranslatedBeforeUnderTheSameSetupNeverReachesTheEngine() {
        TranslationMemory memory = memory();
        TranslationMemory.Setup setup = memory.setup("tiny, beams 4");
        Recording first = new Recording(checked);
        List<Translation> fresh = new RememberingTranslator(first, memory, setup).translate(List.of(A, B));
        assertEquals(2, first.sentences());

        Recording second = new Recording(checked);
        RememberingTranslator again = new RememberingTranslator(second, memory(), setup);
        List<Translation> remembered = again.translate(List.of(B, A));
        assertEquals(0, second.sentences(), "all from memory: " + second.calls);
        assertEquals(fresh.get(1).text(), remembered.get(0).text());
        assertEquals(fresh.get(0).text(), remembered.get(1).text());
        assertEquals(fresh.get(0).flags(), remembered.get(1).flags());
        assertEquals(fresh.get(0).confidence(), remembered.get(1).confidence(), 1e-12);
        assertEquals(fresh.get(0).details(), remembered.get(1).details());
        assertEquals(2, again.counts().fromMemory());
        assertEquals(1.0, again.counts().saved(), 1e-9);

        // Other settings: the memory has nothing for them, the engine translates.
        Recording third = new Recording(checked);
        new RememberingTranslator(third, memory, memory.setup("tiny, beams 1")).translate(List.of(A));
        assertEquals(List.of(List.of(A)), third.calls);
    }

    @Test
    void onlyWhatTheEngineIgnoresIsNormalisedAway() {
        assertEquals(A, RememberingTranslator.normalise("\t " + A + "\n"));
        // Diacritics, hamza forms, digits and inner spaces reach the tokenizer: they stay.
        assertTrue(!RememberingTranslator.normalise("أحمد").equals(RememberingTranslator.normalise("احمد")));
        assertTrue(!RememberingTranslator.normalise("٢٢ شخصا").equals(RememberingTranslator.normalise("22 شخصا")));
        assertTrue(!RememberingTranslator.normalise("في  القاهرة").equals(RememberingTranslator.normalise("في القاهرة")));
    }
}
