package nashra.translate;

import java.util.List;

/**
 * Turns Arabic sentences into English ones. Implementations keep the caller's order: the i-th
 * translation belongs to the i-th source sentence.
 */
public interface Translator extends AutoCloseable {

    List<Translation> translate(List<String> sources);

    default Translation translate(String source) {
        return translate(List.of(source)).get(0);
    }

    /**
     * Several candidate translations of each sentence, best first (at most {@code beams} each),
     * for a check that wants to choose among them. By default just the usual translation.
     */
    default List<List<Translation>> alternatives(List<String> sources, int beams) {
        return translate(sources).stream().map(List::of).toList();
    }

    /** A name for the model behind the translations, recorded beside every digest. */
    String modelName();

    @Override
    void close();
}
