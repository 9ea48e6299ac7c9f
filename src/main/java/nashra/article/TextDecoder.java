package nashra.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns an input file's bytes into text without guessing silently.
 *
 * <ol>
 *   <li>A byte-order mark decides: UTF-8, UTF-16BE or UTF-16LE, decoded strictly.</li>
 *   <li>Otherwise strict UTF-8, which almost never succeeds by accident on other encodings.</li>
 *   <li>Otherwise Windows-1256, the usual legacy Arabic code page. It maps every byte, so it
 *       is accepted only when most non-ASCII characters it yields are Arabic letters.</li>
 * </ol>
 *
 * Anything else is refused with a reason, and so is text holding NUL characters (a binary
 * file, or UTF-16 without its mark).
 */
final class TextDecoder {

    /** Decoded text, or why there is none. */
    record Decoded(String text, String charset, String problem) {

        boolean ok() {
            return text != null;
        }
    }

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** Share of the non-ASCII characters that must be Arabic letters to accept Windows-1256. */
    private static final double ARABIC_SHARE = 0.7;

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16LE);
        }
        Decoded utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.ok() || utf8.problem().startsWith("NUL")) {
            return utf8;
        }
        String legacy = new String(bytes, WINDOWS_1256);
        double share = arabicShare(legacy);
        if (share >= ARABIC_SHARE) {
            return withoutNul(legacy, WINDOWS_1256);
        }
        return new Decoded(null, null, String.format(
                "not UTF-8, not UTF-16 with a byte-order mark, and not Arabic in windows-1256 "
                        + "(%.0f%% of its non-ASCII characters would be Arabic letters)", share * 100));
    }

    private static Decoded strict(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return withoutNul(text, charset);
        } catch (CharacterCodingException e) {
            return new Decoded(null, null, "malformed " + charset.name() + ": " + e.getMessage());
        }
    }

    private static Decoded withoutNul(String text, Charset charset) {
        return text.indexOf('\0') >= 0
                ? new Decoded(null, null, "NUL characters: a binary file, or UTF-16 without a byte-order mark")
                : new Decoded(text, charset.name(), null);
    }

    /** Arabic letters among the non-ASCII characters; 0 when there are none. */
    static double arabicShare(String text) {
        int nonAscii = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                nonAscii++;
                if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        return nonAscii == 0 ? 0 : (double) arabic / nonAscii;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
