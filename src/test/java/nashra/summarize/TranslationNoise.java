package nashra.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Translation-like damage to English sentences, for showing how a summariser's choice degrades as
 * the English gets worse: at rate r each word is dropped with probability r/3, replaced by the
 * unknown-word token {@code <unk>} (what a Marian model writes for a word it cannot render) with
 * probability r/3, or swapped with the next word with probability r/3. A sentence keeps at least
 * one word. Deterministic for a given seed. Evaluation only.
 */
final class TranslationNoise {

    static final String UNKNOWN = "<unk>";

    private TranslationNoise() {}

    static List<String> apply(List<String> sentences, double rate, long seed) {
        Random random = new Random(seed);
        return sentences.stream().map(s -> apply(s, rate, random)).toList();
    }

    static String apply(String sentence, double rate, Random random) {
        if (rate <= 0) {
            return sentence;
        }
        List<String> words = new ArrayList<>(List.of(sentence.strip().split("\\s+")));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            double u = random.nextDouble();
            if (u < rate / 3) {
                continue;
            } else if (u < 2 * rate / 3) {
                out.add(UNKNOWN);
            } else if (u < rate && i + 1 < words.size()) {
                out.add(words.get(i + 1));
                words.set(i + 1, words.get(i));
            } else {
                out.add(words.get(i));
            }
        }
        if (out.isEmpty()) {
            out.add(words.get(0));
        }
        return String.join(" ", out);
    }
}
