package nashra.text;

import java.util.List;

/**
 * What the boilerplate filter let through and what it took out.
 *
 * @param kept the story lines, in order, each one paragraph
 * @param removed every line or piece of a line taken out, in order, with its reason
 */
public record Filtered(List<String> kept, List<Removed> removed) {

    public Filtered {
        kept = List.copyOf(kept);
        removed = List.copyOf(removed);
    }
}
