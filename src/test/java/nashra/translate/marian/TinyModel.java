package nashra.translate.marian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The committed test model (built by src/test/fixtures/marian) and its golden outputs. */
final class TinyModel {

    static final Path DIR = Path.of(System.getProperty("nashra.test.model", "src/test/resources/models/marian-tiny"));
    static final Path GOLDEN = Path.of(DIR + "-golden");

    /** One reference translation: the ids the reference tokenizer gave and the full sequence it generated. */
    record Golden(String source, long[] inputIds, int[] sequence, String text) {
    }

    static List<Golden> golden(String file) {
        List<Golden> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(GOLDEN.resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = Json.MAPPER.readTree(line);
                long[] ids = new long[node.get("input_ids").size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = node.get("input_ids").get(i).asLong();
                }
                int[] seq = new int[node.get("sequence").size()];
                for (int i = 0; i < seq.length; i++) {
                    seq[i] = node.get("sequence").get(i).asInt();
                }
                out.add(new Golden(node.get("source").asString(), ids, seq, node.path("text").asString("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> sentences() {
        try {
            return Files.readAllLines(GOLDEN.resolve("sentences.txt"), StandardCharsets.UTF_8).stream()
                    .filter(s -> !s.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the engine generates each golden token sequence, listing every sentence that differs. */
    static void assertSameSequences(MarianTranslator translator, List<Golden> golden) {
        int mismatches = 0;
        StringBuilder report = new StringBuilder();
        for (Golden g : golden) {
            int[] sequence = translator.generateBatch(List.of(g.inputIds()))[0].sequence();
            if (!java.util.Arrays.equals(g.sequence(), sequence)) {
                mismatches++;
                report.append("\n").append(g.source()).append("\n  reference ").append(java.util.Arrays.toString(g.sequence()))
                        .append("\n  engine    ").append(java.util.Arrays.toString(sequence));
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(0, mismatches, mismatches + " of " + golden.size() + " differ:" + report);
    }

    static MarianOptions options() {
        return MarianOptions.defaults().withThreads(2).withBatchSize(8);
    }

    /** A copy of the model directory to damage in a test. */
    static Path copyTo(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path source : files.toList()) {
                Path dest = target.resolve(DIR.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        }
        return target;
    }

    private TinyModel() {
    }
}
