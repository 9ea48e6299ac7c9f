package nashra.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first line of an input, for the rejects page: enough for a person to tell which article a
 * rejected file was without opening it. Decoded as the reader decodes (UTF-8 or Windows-1256).
 */
public final class InputPreview {

    /** Bytes read from the start of a file: a first line is short, a rejected file may be huge. */
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int MAX_CHARS = 200;

    private InputPreview() {
    }

    /**
     * The first non-blank line of the file, or of line {@code line} (1-based) of a .jsonl file;
     * "" when it cannot be read or decoded. Never longer than 200 characters.
     */
    public static String firstLine(Path file, int line) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(line > 0 ? Math.max(HEAD_BYTES, 16 * HEAD_BYTES) : HEAD_BYTES);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        // A head cut inside a character would not decode: end it after its last ASCII byte.
        int end = head.length;
        while (end > 0 && (head[end - 1] & 0x80) != 0 && end > head.length - 8) {
            end--;
        }
        head = java.util.Arrays.copyOf(head, end);
        TextDecoder.Decoded decoded = TextDecoder.decode(head);
        if (decoded.text() == null) {
            return "";
        }
        String[] lines = decoded.text().split("\r?\n", -1);
        String found = "";
        if (line > 0) {
            found = line <= lines.length ? lines[line - 1] : "";
        } else {
            for (String l : lines) {
                if (!l.isBlank()) {
                    found = l;
                    break;
                }
            }
        }
        found = found.strip();
        return found.length() <= MAX_CHARS ? found : found.substring(0, MAX_CHARS) + "…";
    }
}
