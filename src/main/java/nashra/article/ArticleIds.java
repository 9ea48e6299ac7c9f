package nashra.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nashra.text.ArabicNormalizer;

/**
 * Stable article ids: the first 16 hex digits of SHA-256 over the normalised source, title and
 * body. The same article read again, from another encoding or with other spacing, gets the
 * same id; a change of a word gives another.
 */
public final class ArticleIds {

    /** Unit separator: cannot occur in normalised text, so "ab" + "c" and "a" + "bc" differ. */
    private static final char SEPARATOR = '\u001F';
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private ArticleIds() {
    }

    public static String of(String source, String title, List<String> body) {
        StringBuilder text = new StringBuilder();
        text.append(NORMALIZER.normalizeLine(source)).append(SEPARATOR).append(NORMALIZER.normalizeLine(title));
        for (String paragraph : body) {
            String normal = NORMALIZER.normalizeLine(paragraph);
            if (!normal.isEmpty()) {
                text.append(SEPARATOR).append(normal);
            }
        }
        return HexFormat.of().formatHex(sha256(text.toString())).substring(0, 16);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
