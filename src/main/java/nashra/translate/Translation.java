package nashra.translate;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One translated sentence.
 *
 * @param source the sentence as given
 * @param text the English translation
 * @param tokens the generated target token ids of each part (decoder start and eos excluded)
 * @param flags what a reader should be warned about
 * @param confidence the model's mean log-probability per generated token (eos included), from
 *     the search itself; {@code NaN} when no model produced the text (a sentence kept as it is)
 * @param details for flags raised by a check, what differed ("the English has no 22"); a flag
 *     without an entry is explained by {@link TranslationFlag#explanation()} alone
 */
public record Translation(String source, String text, List<int[]> tokens, Set<TranslationFlag> flags,
        double confidence, Map<TranslationFlag, String> details) {

    public Translation {
        tokens = List.copyOf(tokens);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        details = details.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(details));
    }

    /** A translation with no confidence score and no check details. */
    public Translation(String source, String text, List<int[]> tokens, Set<TranslationFlag> flags) {
        this(source, text, tokens, flags, Double.NaN, Map.of());
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    /** The same translation of another spelling of its source (a repeat served from memory keeps the caller's text). */
    public Translation withSource(String other) {
        return new Translation(other, text, tokens, flags, confidence, details);
    }

    /** This translation with one more flag and what differed. */
    public Translation withFlag(TranslationFlag flag, String detail) {
        Set<TranslationFlag> more = EnumSet.of(flag);
        more.addAll(flags);
        Map<TranslationFlag, String> moreDetails = new EnumMap<>(TranslationFlag.class);
        moreDetails.putAll(details);
        if (detail != null && !detail.isBlank()) {
            moreDetails.put(flag, detail);
        }
        return new Translation(source, text, tokens, more, confidence, moreDetails);
    }

    /** The flags in their declared order. */
    public List<TranslationFlag> sortedFlags() {
        return flags.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(flags));
    }

    /** What was checked and, when a check said so, what differed: one plain sentence or two. */
    public String explain(TranslationFlag flag) {
        String detail = details.get(flag);
        return detail == null ? flag.explanation() : flag.explanation() + " " + detail;
    }
}
