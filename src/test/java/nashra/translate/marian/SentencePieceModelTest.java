package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencePieceModelTest {

    @Test
    void readsPiecesAndTheCharsmapPastFieldsItSkips() {
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        message(model, 1, piece("▁قال", -3.5f));
        message(model, 2, new byte[] {0x08, (byte) 0x96, 0x01});           // trainer_spec, skipped
        message(model, 1, piece("▁the", -2.0f));
        ByteArrayOutputStream normalizer = new ByteArrayOutputStream();
        message(normalizer, 1, "nmt_nfkc".getBytes(StandardCharsets.UTF_8));
        message(normalizer, 2, new byte[] {1, 2, 3, 4});
        normalizer.write(0x18);                                               // add_dummy_prefix = true
        normalizer.write(1);
        message(model, 3, normalizer.toByteArray());
        SentencePieceModel parsed = SentencePieceModel.parse(model.toByteArray());
        assertEquals(List.of("▁قال", "▁the"), parsed.pieces());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, parsed.precompiledCharsmap());
    }

    private static byte[] piece(String text, float score) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message(out, 1, text.getBytes(StandardCharsets.UTF_8));
        out.write(0x15);                                                      // field 2, fixed32
        int bits = Float.floatToIntBits(score);
        for (int i = 0; i < 4; i++) {
            out.write(bits >>> (8 * i));
        }
        return out.toByteArray();
    }

    private static void message(ByteArrayOutputStream out, int field, byte[] body) {
        out.write(field << 3 | 2);
        int n = body.length;
        while (n >= 0x80) {
            out.write(n & 0x7f | 0x80);
            n >>>= 7;
        }
        out.write(n);
        out.writeBytes(body);
    }
}
