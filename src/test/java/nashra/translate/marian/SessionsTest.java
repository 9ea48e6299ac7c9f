package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import nashra.translate.Translation;
import org.junit.jupiter.api.Test;

/**
 * Several copies of the model's sessions translating batches side by side give the callers what
 * one session gives: the same translations, in the callers' order, also for calls made at once.
 */
class SessionsTest {

    @Test
    void twoSessionsTranslateAsOneDoes() throws Exception {
        List<String> sentences = new ArrayList<>(TinyModel.sentences());
        Collections.shuffle(sentences, new Random(11));
        MarianOptions options = TinyModel.options().withBeams(1).withBatchSize(8);
        try (MarianTranslator one = MarianTranslator.load(TinyModel.DIR, options.withSessions(1));
             MarianTranslator two = MarianTranslator.load(TinyModel.DIR, options.withSessions(2))) {
            assertEquals(1, one.sessions());
            assertEquals(2, two.sessions());
            List<String> expected = texts(one.translate(sentences));
            assertEquals(expected, texts(two.translate(sentences)));
            // Calls smaller than a batch per session, and of one sentence, are cut or kept whole.
            assertEquals(expected.subList(0, 3), texts(two.translate(sentences.subList(0, 3))));
            assertEquals(expected.subList(5, 6), texts(two.translate(sentences.subList(5, 6))));
            assertEquals(List.of(), two.translate(List.of()));
            // Two callers at once: each batch still has a session to itself.
            List<String> reversed = new ArrayList<>(sentences);
            Collections.reverse(reversed);
            List<String> expectedReversed = new ArrayList<>(expected);
            Collections.reverse(expectedReversed);
            CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> texts(two.translate(sentences)));
            CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(() -> texts(two.translate(reversed)));
            assertEquals(expected, first.get());
            assertEquals(expectedReversed, second.get());
        }
    }

    @Test
    void threadsAreSharedOutAmongTheSessions() {
        MarianOptions four = MarianOptions.defaults().withThreads(4);
        assertEquals(4, four.withSessions(1).threadsPerSession());
        assertEquals(2, four.withSessions(2).threadsPerSession());
        assertEquals(2, MarianOptions.defaults().withThreads(2).withSessions(8).effectiveSessions(),
                "never more sessions than threads");
        assertEquals(1, MarianOptions.defaults().withThreads(2).withSessions(8).threadsPerSession());
    }

    private static List<String> texts(List<Translation> translations) {
        return translations.stream().map(Translation::text).toList();
    }
}
