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

    /** The origin a {@link #toString()} wrote ({@code file} or {@code file:line}), read back. */
    public static Origin parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon > 0 && colon < text.length() - 1 && text.substring(colon + 1).chars().allMatch(Character::isDigit)
                && text.length() - colon <= 10) {
            return new Origin(Path.of(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
        }
        return new Origin(Path.of(text), 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file.toString() : file + ":" + line;
    }
}
