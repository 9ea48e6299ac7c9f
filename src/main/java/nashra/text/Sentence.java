package nashra.text;

/**
 * One sentence of a cleaned text.
 *
 * @param text the sentence, trimmed
 * @param start offset of its first character in the cleaned text
 * @param end offset just after its last character, so {@code text.equals(clean.substring(start, end))}
 * @param paragraph index of the paragraph (line) it belongs to
 */
public record Sentence(String text, int start, int end, int paragraph) {
}
