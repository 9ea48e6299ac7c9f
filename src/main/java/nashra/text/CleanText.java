package nashra.text;

import java.util.List;

/**
 * One article's text after the whole chain.
 *
 * @param text the cleaned text: the paragraphs joined by line breaks; sentence offsets point into it
 * @param paragraphs the story paragraphs, in order
 * @param sentences the sentences of those paragraphs, in order
 * @param removed what the boilerplate filter took out, with reasons
 */
public record CleanText(String text, List<String> paragraphs, List<Sentence> sentences, List<Removed> removed) {

    public CleanText {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
