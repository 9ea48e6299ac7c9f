package nashra.article;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an article or a rejection came from, so a person can open the input and look.
 *
 * @param file the input file
 * @param line 1-based line number for one line of a .jsonl file, 0 for a whole file
 */
public record Origin(Path file, int line) {

    public Origin {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line " + line);
        }
    }

    public static Origin of(Path file) {
        return new Origin(file, 0);
    }

    public static Origin of(Path file, int line) {
        return new Origin(file, line);
    }

    @Override
    public String toString() {
        return line == 0 ? file.toString() : file + ":" + line;
    }
}
