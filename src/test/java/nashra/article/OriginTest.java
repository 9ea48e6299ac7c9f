package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OriginTest {

    @Test
    void printsTheFileAndTheLineWhenThereIsOne() {
        assertEquals("in/a.txt", Origin.of(Path.of("in/a.txt")).toString());
        assertEquals("in/a.jsonl:7", Origin.of(Path.of("in/a.jsonl"), 7).toString());
    }

    @Test
    void refusesNegativeLines() {
        assertThrows(IllegalArgumentException.class, () -> Origin.of(Path.of("a"), -1));
    }
}
