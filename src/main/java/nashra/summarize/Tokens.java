package nashra.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The word tokenisation ROUGE and LexRank share: lower case, split on anything that is not an ASCII
 * letter or digit (so "U.S." is "u s" and "$1.13bn" is "1 13bn"), optionally Porter-stemmed. It
 * mirrors Python rouge-score's default tokenizer so scores are comparable with published ones.
 *
 * <p>The stemmer is Lucene's copy of the Snowball project's "porter": Porter's original (1980)
 * algorithm, as ROUGE's {@code -m} uses, not the later Porter2. It replaced a hand-written copy that
 * stemmed all 26,713 words of the BBC summary articles the same way.
 */
final class Tokens {

    private Tokens() {}

    /**
     * Splits and lower-cases {@code text}.
     *
     * @param stem Porter-stem tokens longer than 3 characters (rouge-score's rule: short tokens
     *     such as "was" or "has" would otherwise be mangled)
     */
    static List<String> of(String text, boolean stem) {
        PorterStemmer stemmer = stem ? new PorterStemmer() : null; // keeps state: one per call
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && isWordChar(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String token = lower.substring(start, i);
                out.add(stem && token.length() > 3 ? stem(stemmer, token) : token);
                start = -1;
            }
        }
        return out;
    }

    /** One lower-case word's Porter stem; words of one or two letters stay as they are, as in Porter's paper. */
    static String stem(String word) {
        return word.length() <= 2 ? word : stem(new PorterStemmer(), word);
    }

    private static String stem(PorterStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
