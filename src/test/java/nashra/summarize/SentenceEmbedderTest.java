package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

class SentenceEmbedderTest {

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        // A batch of 2 makes the 5-sentence test below span several padded batches.
        embedder = SentenceEmbedder.load(new SentenceEmbedder.Options(2, 256, 1));
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void vectorsHave384DimensionsAndUnitLength() {
        float[] v = embedder.embed("The central bank raised interest rates on Tuesday.");
        assertEquals(384, v.length);
        assertEquals(384, embedder.dimension());
        assertEquals(1.0, Vectors.norm(v), 1e-4);
    }

    @Test
    void similarSentencesAreCloserThanUnrelatedOnes() {
        float[][] v =
                embedder.embed(
                        List.of(
                                "The central bank raised interest rates by half a point.",
                                "Interest rates were increased by the central bank.",
                                "The goalkeeper saved a penalty in the last minute of the match."));
        double paraphrase = Vectors.dot(v[0], v[1]);
        double unrelated = Vectors.dot(v[0], v[2]);
        assertTrue(paraphrase > 0.7, "paraphrase similarity " + paraphrase);
        assertTrue(unrelated < 0.3, "unrelated similarity " + unrelated);
        assertTrue(paraphrase > unrelated + 0.4);
    }

    /**
     * The model is dynamically quantised: every DynamicQuantizeLinear node picks its int8 scale
     * from the min/max of the whole batch tensor, padding included, so a sentence's vector moves
     * slightly with its batch-mates (measured: cosine 0.977 to 0.992 for the sentences below).
     * Batching is therefore checked to agree in meaning, and exactly where the batch cannot change
     * the scales.
     */
    @Test
    void batchAgreesWithOneAtATime() {
        List<String> sentences =
                List.of(
                        "Rain is expected in the north tomorrow.",
                        "The minister resigned after a week of protests over fuel prices in the"
                                + " capital.",
                        "Talks resume on Monday.",
                        "",
                        "Exports of dates rose sharply this year, the trade ministry said in a"
                                + " statement.");
        float[][] batched = embedder.embed(sentences);
        assertEquals(sentences.size(), batched.length);
        for (int i = 0; i < sentences.size(); i++) {
            float[] single = embedder.embed(sentences.get(i));
            double cosine = Vectors.dot(single, batched[i]);
            assertTrue(cosine > 0.97, "sentence " + i + " cosine " + cosine);
            // Each batched vector is still nearest to its own one-at-a-time vector.
            for (int j = 0; j < sentences.size(); j++) {
                if (j != i) {
                    assertTrue(cosine > Vectors.dot(single, batched[j]), i + " vs " + j);
                }
            }
        }
    }

    @Test
    void batchOfIdenticalSentencesIsExactlyOneAtATime() {
        String s = "The minister resigned after a week of protests.";
        float[] single = embedder.embed(s);
        float[][] batched = embedder.embed(List.of(s, s, s));
        for (float[] v : batched) {
            assertArrayEquals(single, v, 1e-6f);
        }
    }

    /**
     * What the briefing relies on to embed once: with the default options (one sentence a run) a
     * sentence's vector is the same bit for bit whatever it is embedded with, so step 2 may reuse
     * step 1's vectors and a restart or another machine gets the same; a repeat is not run again.
     */
    @Test
    void byDefaultAVectorDependsOnItsSentenceAlone() {
        List<String> others = List.of("Talks resume on Monday.",
                "The minister resigned after a week of protests over fuel prices in the capital.",
                "Exports of dates rose sharply this year, the trade ministry said in a statement.", "");
        String s = others.get(1);
        try (SentenceEmbedder defaults = SentenceEmbedder.load()) {
            float[] alone = defaults.embed(s);
            long computed = defaults.computed();
            float[][] among = defaults.embed(others);
            assertArrayEquals(alone, among[1], 0f);
            assertEquals(computed + 3, defaults.computed(), "the repeat came from memory");
            try (SentenceEmbedder other = SentenceEmbedder.load()) {
                assertArrayEquals(alone, other.embed(List.of("Rain is expected.", s))[1], 0f, "a second instance agrees");
                assertEquals(defaults.key(), other.key());
            }
            // Sentences run in parallel by single-threaded sessions: the thread count changes no bit.
            try (SentenceEmbedder oneThread = SentenceEmbedder.load(new SentenceEmbedder.Options(1, 256, 1))) {
                float[][] serial = oneThread.embed(others);
                for (int i = 0; i < others.size(); i++) {
                    assertArrayEquals(among[i], serial[i], 0f, "sentence " + i);
                }
                assertEquals(defaults.key(), oneThread.key());
            }
            among[1][0] += 1;
            assertArrayEquals(alone, defaults.embed(s), 0f, "callers get copies");
            assertTrue(defaults.key().contains("sha256:"), defaults.key());
            assertTrue(defaults.nanos() > 0);
            assertFalse(defaults.key().equals(embedder.key()), "batched vectors are kept under another key");
        }
    }

    @Test
    void emptyListGivesNoVectors() {
        assertEquals(0, embedder.embed(List.of()).length);
    }
}
