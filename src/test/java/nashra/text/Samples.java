package nashra.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Test pages written for these tests, in the style of scraped Arabic news. */
final class Samples {

    private Samples() {
    }

    static String raw(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page normalised and cut into lines, as the filter receives it. */
    static List<String> lines(String name) {
        return Arrays.asList(new ArabicNormalizer().normalize(raw(name)).split("\n"));
    }
}
