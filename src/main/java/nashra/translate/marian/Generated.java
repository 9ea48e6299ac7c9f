package nashra.translate.marian;

import java.util.Arrays;

/**
 * One output sequence as Hugging Face returns it: decoder start token first, eos last when the
 * model ended it.
 *
 * @param reachedMaxLength generation stopped at the maximum length (a forced eos counts as such)
 */
record Generated(int[] sequence, boolean reachedMaxLength) {

    /** The generated tokens without the decoder start token and the final eos. */
    int[] content(int eos) {
        int end = sequence.length;
        if (end > 1 && sequence[end - 1] == eos) {
            end--;
        }
        return Arrays.copyOfRange(sequence, 1, end);
    }
}
