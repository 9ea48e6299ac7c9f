package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    static final String TEXT = "اتفق الأردن والعراق على فتح معبر طريبيل، وقال الوزير: \"سنبدأ قريبا\" (2017).";

    private static byte[] withMark(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    @Test
    void readsUtf8WithAndWithoutAByteOrderMark() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text());
        TextDecoder.Decoded marked = TextDecoder.decode(
                withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT, StandardCharsets.UTF_8));
        assertEquals(TEXT, marked.text(), "the mark is not part of the text");
        assertEquals("UTF-8", marked.charset());
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        assertEquals(TEXT, TextDecoder.decode(
                withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT, StandardCharsets.UTF_16BE)).text());
        assertEquals(TEXT, TextDecoder.decode(
                withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT, StandardCharsets.UTF_16LE)).text());
    }

    @Test
    void readsArabicWindows1256() {
        TextDecoder.Decoded decoded = TextDecoder.decode(TEXT.getBytes(TextDecoder.WINDOWS_1256));
        assertEquals(TEXT, decoded.text());
        assertEquals("windows-1256", decoded.charset());
    }

    @Test
    void refusesLatin1TextThatWindows1256WouldTurnIntoNonsense() {
        byte[] french = "Le ministre a déclaré à l'AFP que la frontière était fermée.".getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded decoded = TextDecoder.decode(french);
        assertFalse(decoded.ok());
        assertTrue(decoded.problem().startsWith("not UTF-8"), decoded.problem());
    }

    @Test
    void refusesUtf16WithoutAMarkAndBinaryData() {
        assertFalse(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE)).ok());
        assertFalse(TextDecoder.decode(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, (byte) 0x93, (byte) 0xFF}).ok());
    }

    @Test
    void refusesBrokenUtf8AfterAByteOrderMark() {
        byte[] broken = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xD8, (byte) 0x41};
        assertTrue(TextDecoder.decode(broken).problem().startsWith("malformed UTF-8"));
    }

    @Test
    void measuresTheArabicShareOfNonAsciiCharacters() {
        assertEquals(1.0, TextDecoder.arabicShare("abc حلب"));
        assertEquals(0.0, TextDecoder.arabicShare("abc"));
        assertEquals(0.5, TextDecoder.arabicShare("éح"));
    }
}
