package nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateCommandTest {

    static final String MODEL = "src/test/resources/models/marian-tiny";

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome nashra(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void translatesAFileOneLineForOneLine(@TempDir Path tmp) throws Exception {
        List<String> sentences = new ArrayList<>(Files.readAllLines(
                Path.of("src/test/resources/models/marian-tiny-golden/sentences.txt"), StandardCharsets.UTF_8));
        sentences.add(2, ""); // an empty line keeps its place
        Path input = tmp.resolve("in.txt");
        Files.write(input, sentences, StandardCharsets.UTF_8);
        Outcome result = nashra("translate", "--model-dir", MODEL, "--beams", "2", "--batch-size", "4", "--threads", "1",
                input.toString());
        assertEquals(0, result.exit(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(sentences.size(), lines.size());
        assertEquals("", lines.get(2));
        assertFalse(lines.get(0).isBlank());
    }

    @Test
    void missingModelGivesOneMessageAndAnError(@TempDir Path tmp) {
        Outcome result = nashra("translate", "--model-dir", tmp.resolve("absent").toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("does not exist"), result.err());
        assertEquals(1, result.err().strip().lines().count(), "one message: " + result.err());
    }

    @Test
    void usageMistakesExitWithTwo() {
        assertEquals(2, nashra("translate").exit());
        assertEquals(2, nashra("translate", "--model-dir", MODEL, "--beams", "many").exit());
        assertEquals(2, nashra("translate", "--model-dir", MODEL, "--colour").exit());
        assertEquals(2, nashra("frobnicate").exit());
        assertEquals(0, nashra("translate", "--help").exit());
    }
}
