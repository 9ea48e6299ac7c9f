package nashra.translate.marian;

/**
 * The key/value cache of one batch: self-attention entries that grow by one position a step, and
 * the cross-attention entries computed on the first step and kept, because the merged decoder's
 * cached branch returns only placeholders for them afterwards.
 */
final class DecoderCache implements AutoCloseable {

    private BatchTensor[] self;  // per layer: key, value  [rows, heads, past, head_dim]
    private BatchTensor[] cross; // per layer: key, value  [rows, heads, src_len, head_dim]
    private int pastLength;

    int pastLength() {
        return pastLength;
    }

    BatchTensor self(int i) {
        return self[i];
    }

    BatchTensor cross(int i) {
        return cross[i];
    }

    /** Takes this step's outputs; the previous self-attention entries are released. */
    void advance(BatchTensor[] newSelf, BatchTensor[] newCross) {
        closeAll(self);
        self = newSelf;
        if (newCross != null) {
            closeAll(cross);
            cross = newCross;
        }
        pastLength++;
    }

    /**
     * Keeps the given rows in the given order. Reordering beams of the same sentence leaves the
     * cross-attention cache as it is (those rows are identical); only when rows leave the batch
     * is it gathered too.
     */
    void select(int[] rows, boolean rowsLeft) {
        self = gatherAll(self, rows);
        if (rowsLeft) {
            cross = gatherAll(cross, rows);
        }
    }

    private static BatchTensor[] gatherAll(BatchTensor[] tensors, int[] rows) {
        BatchTensor[] out = new BatchTensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            out[i] = tensors[i].gather(rows);
            tensors[i].close();
        }
        return out;
    }

    private static void closeAll(BatchTensor[] tensors) {
        if (tensors != null) {
            for (BatchTensor t : tensors) {
                t.close();
            }
        }
    }

    @Override
    public void close() {
        closeAll(self);
        closeAll(cross);
        self = null;
        cross = null;
    }
}
