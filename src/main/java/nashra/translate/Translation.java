package nashra.translate;

import java.util.List;
import java.util.Set;

/**
 * One translated sentence.
 *
 * @param source the sentence as given
 * @param text the English translation
 * @param tokens the generated target token ids of each part (decoder start and eos excluded)
 * @param flags what a reader should be warned about
 */
public record Translation(String source, String text, List<int[]> tokens, Set<TranslationFlag> flags) {

    public Translation {
        tokens = List.copyOf(tokens);
        flags = Set.copyOf(flags);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
