package nashra.translate.check;

import java.util.ArrayList;
import java.util.List;
import nashra.translate.Translation;

/**
 * The checks every translated sentence goes through, composed in this one place, in the order
 * their flags are listed. A function of (Arabic sentence, translation) → findings, so it works
 * the same whoever batches the translation.
 */
public final class TranslationChecks {

    private final List<Check> checks;

    public TranslationChecks(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * Latin spans, numbers, glossary names and the model's confidence.
     *
     * @param minConfidence mean token log-probability below which a sentence is LOW_CONFIDENCE
     */
    public static TranslationChecks standard(Glossary glossary, double minConfidence) {
        return new TranslationChecks(List.of(
                new LatinCheck(),
                new NumberCheck(),
                new NameCheck(glossary),
                new ConfidenceCheck(minConfidence)));
    }

    /** What the translation of this Arabic sentence fails, in check order; empty when nothing. */
    public List<Finding> check(String arabic, Translation translation) {
        List<Finding> findings = new ArrayList<>(2);
        for (Check c : checks) {
            c.check(arabic, translation).ifPresent(findings::add);
        }
        return findings;
    }

    /** The translation with the findings' flags and details added. */
    public Translation apply(String arabic, Translation translation) {
        Translation out = translation;
        for (Finding f : check(arabic, translation)) {
            out = out.withFlag(f.flag(), f.detail());
        }
        return out;
    }
}
