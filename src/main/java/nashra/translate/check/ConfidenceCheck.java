package nashra.translate.check;

import java.util.Locale;
import java.util.Optional;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;

/**
 * Flags a translation the model itself was unsure of: its mean token log-probability (from the
 * search, so free) is below a threshold. The right threshold depends on the model; calibrate it
 * with {@code ConfidenceDistribution} on sentences like the night's (README, "Checks").
 */
public final class ConfidenceCheck implements Check {

    private final double threshold;

    /** @param threshold mean log-probability per token below which a sentence is flagged; -infinity turns it off */
    public ConfidenceCheck(double threshold) {
        if (Double.isNaN(threshold) || threshold > 0) {
            throw new IllegalArgumentException("a confidence threshold is a log-probability, at most 0: " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public Optional<Finding> check(String arabic, Translation translation) {
        double score = translation.confidence();
        if (Double.isNaN(score) || score >= threshold) {
            return Optional.empty();
        }
        return Optional.of(new Finding(TranslationFlag.LOW_CONFIDENCE, String.format(Locale.ROOT,
                "Its score is %.2f (the mean log-probability of its words; 0 is certain), below the threshold %.2f.",
                score, threshold)));
    }
}
