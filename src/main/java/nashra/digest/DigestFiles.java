package nashra.digest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * File names for digests. An article id can come from the input (a feed's {@code id}), and no
 * input may choose where a file goes: {@code "../../x"}, {@code "/etc/victim"} or an id of 300
 * characters must not become a path. An id that is already a plain name (letters, digits, dot,
 * dash, underscore; starting with a letter or digit; at most 64 characters) is used as it is, so
 * the ids Nashra derives itself (16 hex digits) keep their readable names; any other id is
 * replaced by {@code _} and 16 hex digits of its SHA-256. The leading underscore cannot start a
 * plain name, so the two forms never collide. The feed's id stays as data inside the digest.
 */
public final class DigestFiles {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private DigestFiles() {
    }

    /** The base name (no extension) of an article's digest files. */
    public static String name(String articleId) {
        if (PLAIN.matcher(articleId).matches() && !articleId.endsWith(".")) {
            return articleId;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return "_" + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** {@code folder/<name>.<extension>}, checked to stay inside {@code folder}. */
    public static Path file(Path folder, String articleId, String extension) {
        return inside(folder, name(articleId) + "." + extension);
    }

    /**
     * Resolves a file name in a folder and refuses anything that would land elsewhere: the last
     * line of defence behind {@link #name}, for every name that is built from data.
     */
    public static Path inside(Path folder, String fileName) {
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(fileName).normalize();
        if (!target.getParent().equals(base)) {
            throw new IllegalArgumentException("refusing to write " + fileName + " outside " + base);
        }
        return target;
    }
}
