package nashra.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorFileTest {

    private static final List<String> SENTENCES = List.of("The talks resume on Monday.", "", "وزير الخارجية");
    private static final float[][] VECTORS = {{0.5f, -0.25f, 1e-7f}, {0f, 0f, 0f}, {Float.MIN_VALUE, 3f, -1f}};

    @Test
    void vectorsComeBackExactlyUnderTheirSentences() {
        byte[] bytes = VectorFile.encode("model A", SENTENCES, VECTORS);
        assertEquals(4 * 5 + "model A".length() + 3 * (8 + 4 * 3), bytes.length);
        Map<String, float[]> read = VectorFile.decode(bytes, "model A", List.of("وزير الخارجية", "not there",
                "The talks resume on Monday."));
        assertEquals(2, read.size(), "a sentence the file lacks is not found");
        assertArrayEquals(VECTORS[2], read.get("وزير الخارجية"));
        assertArrayEquals(VECTORS[0], read.get("The talks resume on Monday."));
        assertArrayEquals(VECTORS[1], VectorFile.decode(bytes, "model A", List.of("")).get(""));
    }

    @Test
    void anotherModelsVectorsAreNeverServed() {
        byte[] bytes = VectorFile.encode("model A", SENTENCES, VECTORS);
        assertTrue(VectorFile.decode(bytes, "model B", SENTENCES).isEmpty());
    }

    @Test
    void aBrokenFileSaysSo() {
        byte[] bytes = VectorFile.encode("model A", SENTENCES, VECTORS);
        assertThrows(IllegalArgumentException.class,
                () -> VectorFile.decode(Arrays.copyOf(bytes, bytes.length - 3), "model A", SENTENCES));
        assertThrows(IllegalArgumentException.class,
                () -> VectorFile.decode("{\"schema\":1}".getBytes(), "model A", SENTENCES));
        assertThrows(IllegalArgumentException.class, () -> VectorFile.decode(new byte[0], "model A", SENTENCES));
    }

    @Test
    void anArticleWithNothingToEmbedHasAnEmptyFile() {
        byte[] bytes = VectorFile.encode("model A", List.of(), new float[0][]);
        assertTrue(VectorFile.decode(bytes, "model A", SENTENCES).isEmpty());
    }
}
