package nashra.digest;

import java.util.List;

/**
 * One sentence of an article: the Arabic as cleaned, the English the model made of it, and the
 * warnings a reader should see beside it.
 *
 * @param index position in the article, from 0
 * @param ar the Arabic source sentence
 * @param en its English translation
 * @param flags translation warnings (SPLIT, MAX_LENGTH, REPETITION), empty when none
 */
public record SentencePair(int index, String ar, String en, List<String> flags) {

    public SentencePair {
        flags = List.copyOf(flags);
    }
}
