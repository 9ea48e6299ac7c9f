package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nashra.translate.Translation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Padding, sorting and rows leaving the batch change nothing: a batch equals one sentence at a time. */
class BatchingTest {

    @ParameterizedTest(name = "{0} beam(s)")
    @ValueSource(ints = {1, 4})
    void batchOfMixedLengthsEqualsOneAtATime(int beams) {
        List<String> sentences = new ArrayList<>(TinyModel.sentences());
        Collections.shuffle(sentences, new Random(7)); // mixed lengths in no particular order
        List<String> one;
        List<String> batched;
        try (MarianTranslator single = MarianTranslator.load(TinyModel.DIR, TinyModel.options().withBeams(beams).withBatchSize(1));
             MarianTranslator batch = MarianTranslator.load(TinyModel.DIR, TinyModel.options().withBeams(beams).withBatchSize(16))) {
            one = texts(single.translate(sentences));
            batched = texts(batch.translate(sentences));
            for (int i = 0; i < sentences.size(); i++) {
                List<Translation> alone = single.translate(List.of(sentences.get(i)));
                assertEquals(alone.get(0).text(), batched.get(i), "caller order kept for " + sentences.get(i));
            }
        }
        assertEquals(one, batched);
        assertTrue(one.stream().noneMatch(String::isBlank));
    }

    private static List<String> texts(List<Translation> translations) {
        return translations.stream().map(Translation::text).toList();
    }
}
