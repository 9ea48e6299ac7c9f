package nashra.translate.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;

/**
 * The Latin-script spans of a mixed sentence (an outlet's name, a code, a link, an English word
 * in quotes) must come out in the English as they were written. Models mangle them: they
 * transliterate, translate or drop them. Case is ignored (a sentence-initial capital is fine).
 */
public final class LatinCheck implements Check {

    @Override
    public Optional<Finding> check(String arabic, Translation translation) {
        List<String> spans = Scripts.latinSpans(arabic);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        String english = translation.text().toLowerCase(Locale.ROOT);
        List<String> missing = spans.stream().distinct()
                .filter(span -> !english.contains(span.toLowerCase(Locale.ROOT))).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(TranslationFlag.LATIN,
                "The English does not have " + Quote.list(missing) + " as the Arabic writes it."));
    }
}
