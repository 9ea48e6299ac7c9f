package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    /** Examples from Porter's 1980 paper, step by step, and their final stems (Lucene's Snowball "porter"). */
    @ParameterizedTest
    @CsvSource({
        "caresses, caress",
        "ponies, poni",
        "ties, ti",
        "caress, caress",
        "cats, cat",
        "feed, feed",
        "agreed, agre",
        "plastered, plaster",
        "bled, bled",
        "motoring, motor",
        "sing, sing",
        "conflated, conflat",
        "troubled, troubl",
        "sized, size",
        "hopping, hop",
        "tanned, tan",
        "falling, fall",
        "hissing, hiss",
        "fizzed, fizz",
        "failing, fail",
        "filing, file",
        "happy, happi",
        "sky, sky",
        "relational, relat",
        "conditional, condit",
        "rational, ration",
        "generalization, gener",
        "hopeful, hope",
        "goodness, good",
        "revival, reviv",
        "allowance, allow",
        "adjustment, adjust",
        "adoption, adopt",
        "probate, probat",
        "rate, rate",
        "cease, ceas",
        "controlling, control",
        "roll, roll",
        "electricity, electr",
        "is, is",
        "profits, profit",
        "announced, announc"
    })
    void stemsLikePorter(String word, String stem) {
        assertEquals(stem, Tokens.stem(word));
    }
}
