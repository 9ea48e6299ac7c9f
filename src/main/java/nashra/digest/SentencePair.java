package nashra.digest;

import java.util.List;

/**
 * One sentence of an article: the Arabic as cleaned, the English the model made of it, and the
 * warnings a reader should see beside it.
 *
 * @param index position in the article, from 0
 * @param ar the Arabic source sentence
 * @param en its English translation
 * @param flags translation warnings (README, "Checks"), empty when none
 * @param notes for each flag, in the same order, what was checked and what differed, in plain words
 * @param confidence the model's mean token log-probability for this sentence; null when the model
 *     did not translate it (KEPT) or the digest predates the score
 */
public record SentencePair(int index, String ar, String en, List<String> flags, List<Note> notes, Double confidence) {

    /**
     * One flag explained.
     *
     * @param flag the flag's name
     * @param text what was checked and what differed
     */
    public record Note(String flag, String text) {
    }

    public SentencePair {
        flags = List.copyOf(flags);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A pair with flags but no explanations or score (tests, older digests). */
    public SentencePair(int index, String ar, String en, List<String> flags) {
        this(index, ar, en, flags, List.of(), null);
    }

    /**
     * True when a flag says the English may be wrong or is not a translation; SPLIT alone only
     * says how the model was fed. Summaries prefer sentences that are not doubtful.
     */
    public boolean doubtful() {
        return flags.stream().anyMatch(f -> !f.equals("SPLIT"));
    }

    /** The explanation of a flag: its note, or the flag's name when the digest has none. */
    public String explain(String flag) {
        return notes.stream().filter(n -> n.flag().equals(flag)).map(Note::text).findFirst().orElse(flag);
    }
}
