package nashra.translate.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nashra.translate.Translation;
import nashra.translate.Translator;
import nashra.translate.check.Scripts;

/**
 * Translates each distinct sentence once: a sentence repeated within a call is translated once,
 * and with a {@link TranslationMemory}, a sentence translated before under the same setup is
 * served from it and never reaches the engine; what the engine translates is kept for next time.
 * It wraps the checked translator, so what is remembered is the finished translation: the chosen
 * hypothesis of a retry, its flags and their explanations, its confidence.
 *
 * <p><b>Normalised</b> means only what the engine itself ignores: leading and trailing white
 * space (the engine strips every sentence). Nothing else is folded: hamza and alef forms,
 * diacritics, digits (Arabic-Indic or Latin), punctuation and inner spaces all reach the model's
 * tokenizer, change its pieces, and can change the English or the number check. The cleaning
 * before translation already unifies what does not carry meaning (NFKC, tatweel, zero-width and
 * direction marks, kinds of space), so two outlets' copies of one paragraph meet here anyway.
 *
 * <p>Sentences without Arabic letters are passed to the wrapped translator as they are (it keeps
 * them without the model) and are neither counted nor remembered.
 */
public final class RememberingTranslator implements Translator {

    private final Translator translator;
    private final TranslationMemory memory;
    private final TranslationMemory.Setup setup;
    private final AtomicLong sentences = new AtomicLong();
    private final AtomicLong fromMemory = new AtomicLong();
    private final AtomicLong repeated = new AtomicLong();
    private final AtomicLong translated = new AtomicLong();
    private final AtomicLong generatedTokens = new AtomicLong();
    private final AtomicLong engineNanos = new AtomicLong();

    /**
     * @param translator what translates the sentences the memory does not have
     * @param memory where translations are kept, or null for none (repeats within a call are still translated once)
     * @param setup the memory's key for this translator's model and settings; null without a memory
     */
    public RememberingTranslator(Translator translator, TranslationMemory memory, TranslationMemory.Setup setup) {
        if ((memory == null) != (setup == null)) {
            throw new IllegalArgumentException("a memory needs its setup, and a setup its memory");
        }
        this.translator = translator;
        this.memory = memory;
        this.setup = setup;
    }

    /** The form of a sentence the memory is keyed by (see the class comment). */
    public static String normalise(String sentence) {
        return sentence == null ? "" : sentence.strip();
    }

    @Override
    public List<Translation> translate(List<String> sources) {
        // Each source's memory key (its normalised Arabic), or null for what goes through as it is.
        List<String> keys = new ArrayList<>(sources.size());
        Set<String> distinct = new LinkedHashSet<>(); // first seen first
        List<String> others = new ArrayList<>();
        for (String s : sources) {
            String key = s != null && Scripts.hasArabicLetters(s) ? normalise(s) : null;
            keys.add(key);
            if (key != null) {
                distinct.add(key);
            } else {
                others.add(s);
            }
        }
        Map<String, Translation> known = memory == null || distinct.isEmpty() ? new HashMap<>()
                : new HashMap<>(memory.find(setup, distinct));
        List<String> misses = distinct.stream().filter(s -> !known.containsKey(s)).toList();
        List<String> toEngine = new ArrayList<>(misses.size() + others.size());
        toEngine.addAll(misses);
        toEngine.addAll(others);
        List<Translation> fresh = List.of();
        if (!toEngine.isEmpty()) {
            long start = System.nanoTime();
            fresh = translator.translate(toEngine);
            engineNanos.addAndGet(System.nanoTime() - start);
        }
        Map<String, Translation> made = new LinkedHashMap<>();
        for (int i = 0; i < misses.size(); i++) {
            made.put(misses.get(i), fresh.get(i));
            for (int[] part : fresh.get(i).tokens()) {
                generatedTokens.addAndGet(part.length + 1L); // content + the eos the model generated
            }
        }
        if (memory != null) {
            memory.remember(setup, made);
        }
        // Sentences of the call (repeats included): all Arabic, and those the memory served.
        long arabic = keys.stream().filter(Objects::nonNull).count();
        long served = keys.stream().filter(k -> k != null && known.containsKey(k)).count();
        sentences.addAndGet(arabic);
        fromMemory.addAndGet(served);
        translated.addAndGet(misses.size());
        repeated.addAndGet(arabic - misses.size() - served);
        known.putAll(made);

        List<Translation> out = new ArrayList<>(sources.size());
        int other = misses.size();
        for (int i = 0; i < sources.size(); i++) {
            String key = keys.get(i);
            // The caller's own text stays the source: it is the Arabic the digest shows.
            out.add(key == null ? fresh.get(other++) : known.get(key).withSource(sources.get(i)));
        }
        return out;
    }

    @Override
    public List<List<Translation>> alternatives(List<String> sources, int beams) {
        return translator.alternatives(sources, beams);
    }

    @Override
    public String modelName() {
        return translator.modelName();
    }

    /** What this translator did so far. */
    public Counts counts() {
        return new Counts(sentences.get(), fromMemory.get(), repeated.get(), translated.get(), generatedTokens.get(),
                engineNanos.get() / 1e9);
    }

    /**
     * @param sentences Arabic sentences asked for (repeats included)
     * @param fromMemory of those, served from the memory
     * @param repeated of those, repeats within one call of a sentence translated in that call
     * @param translated distinct sentences the engine translated
     * @param generatedTokens tokens the engine generated for them (eos included)
     * @param engineSeconds time spent in the wrapped translator (the engine and the checks)
     */
    public record Counts(long sentences, long fromMemory, long repeated, long translated, long generatedTokens,
            double engineSeconds) {

        /** Share of the sentences asked for that the engine did not have to translate. */
        public double saved() {
            return sentences == 0 ? 0 : (double) (fromMemory + repeated) / sentences;
        }
    }

    /** The wrapped translator belongs to whoever made it. */
    @Override
    public void close() {
    }
}
