package nashra.translate.marian;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nashra.translate.ModelException;

/**
 * Source encoding and target decoding with DJL's HuggingFace tokenizers, on a tokenizer.json that
 * {@link TokenizerFile} has checked. Marian shares one vocabulary between source and target, so
 * the same tokenizer decodes the generated ids.
 */
final class MarianTokenizer implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;

    MarianTokenizer(TokenizerFile.Checked checked) {
        // DJL defaults to truncation at 512 tokens when no limit is given; Nashra never truncates
        // silently (long sentences are split by the translator), so truncation and padding are off.
        Map<String, String> options = Map.of(
                "addSpecialTokens", "true",
                "truncation", "false",
                "padding", "false",
                "maxLength", String.valueOf(Integer.MAX_VALUE / 2));
        try {
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    new ByteArrayInputStream(checked.json().getBytes(StandardCharsets.UTF_8)), options);
        } catch (IOException | RuntimeException e) {
            throw new ModelException("The tokenizer could not be loaded (" + e.getMessage() + ");"
                    + " tokenizer.json is damaged. Pull or copy the model again.", e);
        }
    }

    /** Source ids with the trailing eos, as the model was trained. */
    long[] encode(String text) {
        return tokenizer.encode(text).getIds();
    }

    String decode(int[] ids) {
        long[] longs = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            longs[i] = ids[i];
        }
        return tokenizer.decode(longs, true);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
