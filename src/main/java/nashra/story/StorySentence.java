package nashra.story;

import java.util.List;

/**
 * One summary sentence of a story, with every member article that carries it (or a near copy).
 *
 * @param ar the Arabic sentence, as the first member carrying it has it
 * @param en its English translation from that member
 * @param articleIds the members that carry it, in member order
 * @param sources their distinct outlet names, in member order
 */
public record StorySentence(String ar, String en, List<String> articleIds, List<String> sources) {

    public StorySentence {
        articleIds = List.copyOf(articleIds);
        sources = List.copyOf(sources);
    }
}
