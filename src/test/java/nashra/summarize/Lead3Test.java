package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class Lead3Test {

    @Test
    void firstKNonBlankSentences() {
        List<Sentence> a =
                List.of(
                        new Sentence(0, "أ", "One."),
                        new Sentence(1, "", " "),
                        new Sentence(2, "ب", "Two."),
                        new Sentence(3, "ت", "Three."),
                        new Sentence(4, "ث", "Four."));
        assertEquals(
                List.of(0, 2, 3), new Lead3().pick(a, 3).stream().map(Sentence::index).toList());
        assertEquals(1, new Lead3().pick(a.subList(0, 1), 3).size());
        assertEquals(0, new Lead3().pick(a, 0).size());
    }
}
