package nashra.translate.marian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nashra.translate.ModelException;

/**
 * The two things Nashra needs from a SentencePiece {@code .spm} file: the normaliser's precompiled
 * character map and the piece list. The file is a protobuf {@code ModelProto}; reading the few
 * fields by hand avoids a protobuf dependency for ~60 lines.
 *
 * <p>Field numbers (sentencepiece_model.proto): ModelProto.pieces = 1, ModelProto.normalizer_spec = 3;
 * SentencePiece.piece = 1, .score = 2; NormalizerSpec.precompiled_charsmap = 2.
 */
record SentencePieceModel(List<String> pieces, byte[] precompiledCharsmap) {

    static SentencePieceModel read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw new ModelException("Cannot read the SentencePiece model " + file + " (" + e.getMessage()
                    + "); it is needed to repair tokenizer.json. Pull or copy the model again.", e);
        }
    }

    static SentencePieceModel parse(byte[] bytes) {
        List<String> pieces = new ArrayList<>();
        byte[] charsmap = new byte[0];
        Reader model = new Reader(bytes, 0, bytes.length);
        while (model.more()) {
            int tag = (int) model.varint();
            int field = tag >>> 3;
            if (field == 1 && (tag & 7) == 2) {
                Reader piece = model.message();
                String text = null;
                while (piece.more()) {
                    int t = (int) piece.varint();
                    if (t >>> 3 == 1 && (t & 7) == 2) {
                        text = piece.string();
                    } else {
                        piece.skip(t & 7);
                    }
                }
                pieces.add(text == null ? "" : text);
            } else if (field == 3 && (tag & 7) == 2) {
                Reader spec = model.message();
                while (spec.more()) {
                    int t = (int) spec.varint();
                    if (t >>> 3 == 2 && (t & 7) == 2) {
                        charsmap = spec.bytes();
                    } else {
                        spec.skip(t & 7);
                    }
                }
            } else {
                model.skip(tag & 7);
            }
        }
        return new SentencePieceModel(pieces, charsmap);
    }

    /** A cursor over protobuf wire format. */
    private static final class Reader {
        private final byte[] data;
        private int pos;
        private final int end;

        Reader(byte[] data, int from, int to) {
            this.data = data;
            this.pos = from;
            this.end = to;
        }

        boolean more() {
            return pos < end;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new IllegalStateException("truncated varint");
                }
                byte b = data[pos++];
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalStateException("malformed varint");
        }

        private int length() {
            long n = varint();
            if (n < 0 || pos + n > end) {
                throw new IllegalStateException("field runs past the end of the file");
            }
            return (int) n;
        }

        Reader message() {
            int n = length();
            Reader inner = new Reader(data, pos, pos + n);
            pos += n;
            return inner;
        }

        byte[] bytes() {
            int n = length();
            byte[] out = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return out;
        }

        String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        void skip(int wireType) {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> {
                    int n = length(); // not "pos += length()": that would add to pos as it was before the length
                    pos += n;
                }
                case 5 -> pos += 4;
                default -> throw new IllegalStateException("unsupported wire type " + wireType);
            }
        }
    }
}
