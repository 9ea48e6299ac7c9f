package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Native memory is released: after a warm-up, translating thousands more sentences leaves the
 * process's resident memory and the buffer pool where they were.
 */
class MemoryTest {

    @Test
    void memoryStaysFlatOverTenThousandSentences() throws IOException {
        List<String> sentences = TinyModel.sentences();
        try (MarianTranslator translator = MarianTranslator.load(TinyModel.DIR, TinyModel.options().withBatchSize(32))) {
            translate(translator, sentences, 2_000);
            long rssAfterWarmUp = residentKb();
            long poolAfterWarmUp = translator.pooledBytes();
            translate(translator, sentences, 8_000);
            long growthKb = residentKb() - rssAfterWarmUp;
            assertTrue(growthKb < 64 * 1024, "resident memory grew by " + growthKb + " kB over 8,000 sentences");
            assertTrue(translator.pooledBytes() <= poolAfterWarmUp * 2,
                    "buffer pool grew from " + poolAfterWarmUp + " to " + translator.pooledBytes());
        }
    }

    private static void translate(MarianTranslator translator, List<String> sentences, int count) {
        List<String> chunk = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chunk.add(sentences.get(i % sentences.size()));
            if (chunk.size() == 256) {
                translator.translate(chunk);
                chunk.clear();
            }
        }
        translator.translate(chunk);
    }

    private static long residentKb() throws IOException {
        System.gc();
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS");
    }
}
