package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {

    private static final Origin ORIGIN = Origin.of(Path.of("a.txt"));

    @Test
    void anArticleKeepsACopyOfItsBodyAndNeedsItsFields() {
        List<String> body = new ArrayList<>(List.of("نص."));
        Article article = new Article("id", "النشرة", null, "عنوان", body, null, ORIGIN);
        body.clear();
        assertEquals(List.of("نص."), article.body());
        assertThrows(NullPointerException.class, () -> new Article(null, "s", null, "t", List.of(), null, ORIGIN));
        assertThrows(NullPointerException.class, () -> new Article("id", null, null, "t", List.of(), null, ORIGIN));
    }

    @Test
    void aRejectionAlwaysHasADetailString() {
        assertEquals("", new Rejected(ORIGIN, Rejected.EMPTY, null).detail());
        assertThrows(NullPointerException.class, () -> new Rejected(ORIGIN, null, "x"));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ReadLimits(0, 10));
        assertEquals(2L << 20, ReadLimits.DEFAULT.maxArticleBytes());
    }
}
