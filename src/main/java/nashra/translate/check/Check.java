package nashra.translate.check;

import java.util.Optional;
import nashra.translate.Translation;

/**
 * One comparison of an English translation with the Arabic it came from. A check looks at one
 * sentence alone, so it works the same whether sentences are translated per article or per chunk.
 */
public interface Check {

    /** A finding when the translation fails this check, else empty. */
    Optional<Finding> check(String arabic, Translation translation);
}
