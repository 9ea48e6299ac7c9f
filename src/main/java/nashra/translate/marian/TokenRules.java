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
    }

    int eos() {
        return settings.eosTokenId();
    }

    int maxLength() {
        return settings.maxLength();
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

    /** Marks in {@code banned} (all false on entry) the tokens this sequence may not take next. */
    boolean[] banned(int[] sequence, int length, int curLength) {
        boolean[] banned = alwaysBanned.clone();
        if (curLength < settings.minLength() && settings.eosTokenId() < banned.length) {
            banned[settings.eosTokenId()] = true;
        }
        for (int[] words : bannedAfterPrefix) {
            int prefix = words.length - 1;
            if (length >= prefix && matchesTail(sequence, length, words, prefix)) {
                banned[words[prefix]] = true;
            }
        }
        return banned;
    }

    /** Fast path: true when no per-sequence rule applies, so {@link #alwaysBanned()} is the whole story. */
    boolean simple(int curLength) {
        return bannedAfterPrefix.isEmpty() && curLength >= settings.minLength();
    }

    boolean[] alwaysBanned() {
        return alwaysBanned;
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
