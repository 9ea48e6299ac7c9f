package nashra.translate;

/** Warnings attached to a translation, so an analyst knows which English lines to doubt. */
public enum TranslationFlag {
    /** The source was longer than the model takes; it was cut at clause boundaries and the parts joined. */
    SPLIT,
    /** Generation reached the maximum length without the model ending the sentence: likely cut short. */
    MAX_LENGTH,
    /** The output repeats an n-gram over and over, a known failure of converted Marian models. */
    REPETITION
}
