package nashra.translate.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation memory on the two databases the job runs on: a real H2 file and a real
 * PostgreSQL server (binaries from Maven Central), the same tables and the same answers.
 */
class TranslationMemoryTest {

    private static final String SENTENCE = "قال الوزير إن 22 شخصا أصيبوا.";
    private static final Translation FLAGGED = new Translation(SENTENCE, "The minister said 21 people were injured.",
            List.of(new int[] {5, 7, 9}, new int[] {11}), Set.of(TranslationFlag.NUMBER, TranslationFlag.SPLIT),
            -0.4213, Map.of(TranslationFlag.NUMBER, "The Arabic has “22”, which the English does not."));

    @TempDir
    Path tmp;

    private DataSource h2(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("sa");
        return ds;
    }

    @Test
    void onH2() {
        behaves(h2(tmp.resolve("jobs")));
    }

    @Test
    void onPostgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            behaves(postgres.getPostgresDatabase());
        }
    }

    /** What the job relies on, whichever the database. */
    private void behaves(DataSource database) {
        TranslationMemory memory = TranslationMemory.open(database);
        TranslationMemory.open(database); // a second start finds the tables there
        TranslationMemory.Setup tiny = memory.setup("model tiny; generation beams 4");
        TranslationMemory.Setup greedy = memory.setup("model tiny; generation beams 1");
        assertEquals(tiny, memory.setup("model tiny; generation beams 4"), "the same words, the same key");

        Translation kept = new Translation("لا ثقة هنا", "No confidence here", List.of(), Set.of(), Double.NaN, Map.of());
        memory.remember(tiny, Map.of(SENTENCE, FLAGGED, "لا ثقة هنا", kept));

        Map<String, Translation> found = memory.find(tiny, List.of(SENTENCE, "لا ثقة هنا", "جملة لم تترجم"));
        assertEquals(Set.of(SENTENCE, "لا ثقة هنا"), found.keySet(), "only what was kept is found");
        Translation back = found.get(SENTENCE);
        assertEquals(FLAGGED.text(), back.text());
        assertEquals(FLAGGED.flags(), back.flags());
        assertEquals(FLAGGED.details(), back.details());
        assertEquals(FLAGGED.confidence(), back.confidence(), 1e-12);
        assertEquals(2, back.tokens().size());
        assertArrayEquals(new int[] {5, 7, 9}, back.tokens().get(0));
        assertArrayEquals(new int[] {11}, back.tokens().get(1));
        assertTrue(Double.isNaN(found.get("لا ثقة هنا").confidence()), "no confidence stays no confidence");

        // Another model or other settings: never served, whatever the sentence.
        assertEquals(Map.of(), memory.find(greedy, List.of(SENTENCE, "لا ثقة هنا")));

        // A sentence kept twice (two workers at once): the first stays, nothing fails.
        Translation other = new Translation(SENTENCE, "Something else.", List.of(), Set.of(), -1.0, Map.of());
        memory.remember(tiny, Map.of(SENTENCE, other, "جملة جديدة", other));
        assertEquals(FLAGGED.text(), memory.find(tiny, List.of(SENTENCE)).get(SENTENCE).text());
        assertEquals("Something else.", memory.find(tiny, List.of("جملة جديدة")).get("جملة جديدة").text());

        // Many sentences in one lookup (more than one statement's worth).
        Map<String, Translation> many = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 450; i++) {
            many.put("جملة رقم " + i, new Translation("جملة رقم " + i, "Sentence " + i, List.of(), Set.of(), -0.1, Map.of()));
        }
        memory.remember(greedy, many);
        Map<String, Translation> manyBack = memory.find(greedy, many.keySet());
        assertEquals(450, manyBack.size());
        assertEquals("Sentence 321", manyBack.get("جملة رقم 321").text());

        List<TranslationMemory.SetupStats> stats = memory.stats();
        assertEquals(2, stats.size());
        assertEquals(3 + 450, stats.stream().mapToLong(TranslationMemory.SetupStats::sentences).sum());

        assertEquals(453, memory.clear());
        assertEquals(Map.of(), memory.find(tiny, List.of(SENTENCE)));
        assertEquals(List.of(), memory.stats());
    }

    @Test
    void survivesTheProcessOnH2() {
        Path file = tmp.resolve("kept");
        TranslationMemory first = TranslationMemory.open(h2(file));
        first.remember(first.setup("s"), Map.of(SENTENCE, FLAGGED));
        TranslationMemory later = TranslationMemory.open(h2(file));
        assertEquals(FLAGGED.text(), later.find(later.setup("s"), List.of(SENTENCE)).get(SENTENCE).text());
    }
}
