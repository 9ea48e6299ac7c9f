package nashra.translate.check;

import java.util.List;
import java.util.Optional;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;

/**
 * A name the glossary knows (a person, place or organisation) that occurs in the Arabic must be
 * in the English in one of its glossary renderings. Models drop names, swap them for a more
 * frequent one, or spell them differently each time; the analyst cannot tell without this.
 */
public final class NameCheck implements Check {

    private final Glossary glossary;

    public NameCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public Optional<Finding> check(String arabic, Translation translation) {
        List<Glossary.Entry> missing = glossary.missing(arabic, translation.text());
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(TranslationFlag.NAME, "The Arabic names "
                + Quote.list(missing.stream().map(e -> e.english().get(0) + " (" + e.arabic() + ")").toList())
                + "; the English does not."));
    }
}
