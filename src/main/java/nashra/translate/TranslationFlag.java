package nashra.translate;

/**
 * Warnings attached to a translation, so an analyst knows which English lines to doubt. Each has
 * a plain explanation of what was checked; pages print it beside the badge (README, "Checks").
 */
public enum TranslationFlag {
    /** The source was longer than the model takes; it was cut at clause boundaries and the parts joined. */
    SPLIT("The Arabic was too long for the model: it was translated in parts and the parts joined."),
    /** Generation reached the maximum length without the model ending the sentence: likely cut short. */
    MAX_LENGTH("The model stopped at its length limit: the English may be cut short."),
    /** The output repeats an n-gram over and over, a known failure of converted Marian models. */
    REPETITION("The English repeats a phrase over and over, a known failure of the model."),
    /** The sentence has no Arabic letters (a link, markup, a code, an English quote): shown as it is, not translated. */
    KEPT("This line has no Arabic letters, so it was not translated: it is shown as it is in the source."),
    /** A Latin-script span of the Arabic (a name, code or link) is not in the English as it was written. */
    LATIN("Text in Latin letters in the Arabic was compared with the English."),
    /** A number, date or number word of the Arabic is missing from the English or changed. */
    NUMBER("Every number and date in the Arabic was looked for in the English."),
    /** A name from the glossary (person, place, organisation) is in the Arabic but its English form is not. */
    NAME("Names from the glossary in the Arabic were looked for in the English."),
    /** The model's mean token log-probability is below the configured threshold: it was unsure. */
    LOW_CONFIDENCE("The model was unsure of this translation (its confidence score is below the threshold).");

    private final String explanation;

    TranslationFlag(String explanation) {
        this.explanation = explanation;
    }

    /** What was checked, in words an analyst who reads no Arabic understands. */
    public String explanation() {
        return explanation;
    }
}
