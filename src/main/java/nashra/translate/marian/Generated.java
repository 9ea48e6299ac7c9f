package nashra.translate.marian;

import java.util.Arrays;

/**
 * One output sequence as Hugging Face returns it: decoder start token first, eos last when the
 * model ended it.
 *
 * @param reachedMaxLength generation stopped at the maximum length (a forced eos counts as such)
 * @param logProb the sum of the model's log-probabilities (log-softmax of the raw logits) of the
 *     generated tokens, eos included: what the search computed anyway, kept as a confidence score
 */
record Generated(int[] sequence, boolean reachedMaxLength, double logProb) {

    /** Tokens the log-probability sums over: everything after the decoder start token. */
    int scoredTokens() {
        return Math.max(0, sequence.length - 1);
    }

    /** The generated tokens without the decoder start token and the final eos. */
    int[] content(int eos) {
        int end = sequence.length;
        if (end > 1 && sequence[end - 1] == eos) {
            end--;
        }
        return Arrays.copyOfRange(sequence, 1, end);
    }
}
