package nashra.translate.marian;

/**
 * What the decoder needs from the encoder, one row per decoder row: the source attention mask
 * [rows, src_len] and the hidden states [rows, src_len, d_model].
 */
record EncoderOutput(BatchTensor mask, BatchTensor hidden) implements AutoCloseable {

    EncoderOutput gather(int[] rows) {
        return new EncoderOutput(mask.gather(rows), hidden.gather(rows));
    }

    @Override
    public void close() {
        mask.close();
        hidden.close();
    }
}
