package nashra.translate.marian;

import java.util.ArrayList;
import java.util.List;

/**
 * The logits processors of Hugging Face generation that Marian's settings switch on, applied
 * while scanning a row of logits rather than by rewriting it: tokens that are never produced
 * (bad words; pad for Marian), eos withheld below the minimum length, and eos forced one step
 * before the maximum length.
 */
final class TokenRules {

    private final GenerationSettings settings;
    private final boolean[] alwaysBanned;
    private final List<int[]> bannedAfterPrefix = new ArrayList<>();
    /** alwaysBanned plus this sequence's own bans; reused, so no vocabulary-sized copy per step. */
    private final boolean[] mask;
    /** Tokens this sequence's rules set in {@link #mask}: eos below the minimum length, and bad-word ends. */
    private final int[] marked;
    private int markedCount;

    TokenRules(GenerationSettings settings, int vocab) {
        this.settings = settings;
        this.alwaysBanned = new boolean[vocab];
        for (int[] words : settings.badWords()) {
            if (words.length == 1) {
                if (words[0] >= 0 && words[0] < vocab) {
                    alwaysBanned[words[0]] = true;
                }
            } else if (words.length > 1) {
                bannedAfterPrefix.add(words);
            }
        }
        this.mask = alwaysBanned.clone();
        this.marked = new int[bannedAfterPrefix.size() + 1];
    }

    /**
     * The token that must come next whatever the logits say, or -1.
     *
     * @param length current sequence length, decoder start token included
     */
    int forced(int length) {
        return settings.forcedEosTokenId() >= 0 && length == settings.maxLength() - 1
                ? settings.forcedEosTokenId() : -1;
    }

    /**
     * The tokens this sequence may not take next, as a mask over the vocabulary. The array is
     * reused by the next call: read it before asking again. A search owns its own rules.
     *
     * @param length current sequence length, decoder start token included
     */
    boolean[] banned(int[] sequence, int length) {
        for (int i = 0; i < markedCount; i++) {
            mask[marked[i]] = alwaysBanned[marked[i]];
        }
        markedCount = 0;
        if (length < settings.minLength() && settings.eosTokenId() < mask.length) {
            marked[markedCount++] = settings.eosTokenId();
        }
        for (int[] words : bannedAfterPrefix) {
            int prefix = words.length - 1;
            if (length >= prefix && matchesTail(sequence, length, words, prefix)) {
                marked[markedCount++] = words[prefix];
            }
        }
        for (int i = 0; i < markedCount; i++) {
            mask[marked[i]] = true;
        }
        return mask;
    }

    private static boolean matchesTail(int[] sequence, int length, int[] words, int prefix) {
        for (int k = 0; k < prefix; k++) {
            if (sequence[length - prefix + k] != words[k]) {
                return false;
            }
        }
        return true;
    }
}
