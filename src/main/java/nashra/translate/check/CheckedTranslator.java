package nashra.translate.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import nashra.translate.Translator;

/**
 * The translation step with its checks: a sentence without Arabic letters is carried over as it
 * is ({@code KEPT}) and never reaches the model; every other sentence is translated, then checked
 * by {@link TranslationChecks}; a sentence that loses a glossary name or a number is translated
 * again with a wider beam and the best of those hypotheses that keeps them is taken (the model's
 * own ranking among those that pass), or the first translation stays, flagged.
 */
public final class CheckedTranslator implements Translator {

    /** Flags a retry can fix: what the sentence says, as opposed to how the model behaved. */
    private static final Set<TranslationFlag> RETRIED = EnumSet.of(TranslationFlag.NAME, TranslationFlag.NUMBER);
    /** Flags a chosen alternative must not add. */
    private static final Set<TranslationFlag> CONTENT = EnumSet.of(TranslationFlag.NAME, TranslationFlag.NUMBER,
            TranslationFlag.LATIN, TranslationFlag.MAX_LENGTH, TranslationFlag.REPETITION);

    private final Translator model;
    private final TranslationChecks checks;
    private final int retryBeams;
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong fixed = new AtomicLong();

    /**
     * @param model the translator that runs the model
     * @param checks what every translation is checked against
     * @param retryBeams beams of the retry of a sentence flagged NAME or NUMBER; below 2 no retry
     */
    public CheckedTranslator(Translator model, TranslationChecks checks, int retryBeams) {
        this.model = model;
        this.checks = checks;
        this.retryBeams = retryBeams;
    }

    /** A sentence carried over without translation: it has no Arabic letters to translate. */
    public static Translation kept(String source) {
        String text = source == null ? "" : source.strip();
        Set<TranslationFlag> flags = text.isEmpty() ? Set.of() : Set.of(TranslationFlag.KEPT);
        return new Translation(source == null ? "" : source, text, List.of(), flags, Double.NaN, Map.of());
    }

    @Override
    public List<Translation> translate(List<String> sources) {
        Translation[] out = new Translation[sources.size()];
        List<Integer> arabic = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String s = sources.get(i);
            if (s == null || !Scripts.hasArabicLetters(s)) {
                out[i] = kept(s);
            } else {
                arabic.add(i);
            }
        }
        List<Translation> translated = arabic.isEmpty() ? List.of()
                : model.translate(arabic.stream().map(sources::get).toList());
        List<Integer> toRetry = new ArrayList<>();
        for (int k = 0; k < arabic.size(); k++) {
            int i = arabic.get(k);
            out[i] = checks.apply(sources.get(i), translated.get(k));
            if (retryBeams >= 2 && out[i].flags().stream().anyMatch(RETRIED::contains)) {
                toRetry.add(i);
            }
        }
        if (!toRetry.isEmpty()) {
            retry(sources, toRetry, out);
        }
        return List.of(out);
    }

    /** Re-translates flagged sentences with a wider beam and keeps the best hypothesis that passes more. */
    private void retry(List<String> sources, List<Integer> indices, Translation[] out) {
        List<List<Translation>> alternatives = model.alternatives(indices.stream().map(sources::get).toList(),
                retryBeams);
        for (int k = 0; k < indices.size(); k++) {
            int i = indices.get(k);
            retried.incrementAndGet();
            Set<TranslationFlag> before = content(out[i].flags());
            for (Translation candidate : alternatives.get(k)) {
                Translation checked = checks.apply(sources.get(i), candidate);
                Set<TranslationFlag> after = content(checked.flags());
                if (before.containsAll(after) && after.size() < before.size()) {
                    out[i] = checked;
                    fixed.incrementAndGet();
                    break;
                }
            }
        }
    }

    private static Set<TranslationFlag> content(Set<TranslationFlag> flags) {
        Set<TranslationFlag> c = EnumSet.noneOf(TranslationFlag.class);
        flags.stream().filter(CONTENT::contains).forEach(c::add);
        return c;
    }

    /** Sentences retried so far, and how many of them a retry cleared of at least one flag. */
    public RetryCounts retries() {
        return new RetryCounts(retried.get(), fixed.get());
    }

    public record RetryCounts(long retried, long fixed) {
    }

    @Override
    public List<List<Translation>> alternatives(List<String> sources, int beams) {
        return model.alternatives(sources, beams);
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    /** The model belongs to whoever made it; this wrapper holds nothing to close. */
    @Override
    public void close() {
    }
}
