package nashra.summarize;

import java.util.Objects;

/**
 * One sentence of an article: its position, the Arabic it came from and its English translation.
 *
 * @param index position in the article, from 0
 * @param arabic the Arabic source sentence (may be empty when there is none, as in English-only
 *     evaluation data)
 * @param english the English translation, which is what gets scored
 * @param doubtful a check flagged the translation (README, "Checks"): the summary takes it only
 *     when it is clearly more relevant than the alternatives
 */
public record Sentence(int index, String arabic, String english, boolean doubtful) {

    public Sentence(int index, String arabic, String english) {
        this(index, arabic, english, false);
    }

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        arabic = Objects.requireNonNullElse(arabic, "");
        english = Objects.requireNonNullElse(english, "");
    }

    /** An English-only sentence, for evaluation sets that have no Arabic side. */
    public static Sentence english(int index, String english) {
        return new Sentence(index, "", english);
    }

    /** True when there is no English text to score; such sentences are never chosen. */
    public boolean isBlank() {
        return english.isBlank();
    }
}
