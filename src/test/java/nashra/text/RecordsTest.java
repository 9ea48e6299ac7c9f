package nashra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text chain's records hold copies: what a caller does to its lists later cannot change them. */
class RecordsTest {

    @Test
    void filteredAndCleanTextCopyTheirLists() {
        List<String> kept = new ArrayList<>(List.of("نص."));
        Filtered filtered = new Filtered(kept, List.of());
        CleanText clean = new CleanText("نص.", kept, List.of(new Sentence("نص.", 0, 3, 0)), List.of());
        kept.add("آخر");
        assertEquals(List.of("نص."), filtered.kept());
        assertEquals(List.of("نص."), clean.paragraphs());
        assertThrows(UnsupportedOperationException.class, () -> clean.sentences().add(null));
    }

    @Test
    void cleanTextIsEmptyWithoutParagraphs() {
        assertTrue(new CleanText("", List.of(), List.of(), List.of(new Removed("SHARE", Removed.SHARE_BUTTONS))).isEmpty());
        assertFalse(new CleanText("نص", List.of("نص"), List.of(), List.of()).isEmpty());
    }
}
