package nashra.digest;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English sentence vectors of one article digest, kept beside it as {@code <id>.vectors} so
 * that step 2 reuses what step 1 computed instead of embedding the same sentences again. Each
 * vector is stored under a hash of its sentence (the text itself is in the digest), with the
 * embedding model's key in the header: a file written by another model, or a sentence that is
 * not in the file, is simply not found, and the caller embeds it as before.
 *
 * <p>Layout (little-endian): magic {@code NVEC}, version, model key (length-prefixed UTF-8),
 * dimension, count, then per vector the first 8 bytes of the SHA-256 of its sentence's UTF-8 and
 * {@code dimension} float32 values. About 1.5 KB a sentence with 384 dimensions.
 */
public final class VectorFile {

    public static final String EXTENSION = "vectors";

    private static final int MAGIC = 0x4345564e; // "NVEC" read as little-endian bytes
    private static final int VERSION = 1;

    private VectorFile() {
    }

    /** The file's bytes: {@code vectors[i]} is the vector of {@code sentences.get(i)}. */
    public static byte[] encode(String model, List<String> sentences, float[][] vectors) {
        if (sentences.size() != vectors.length) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + vectors.length + " vectors");
        }
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        byte[] name = model.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(4 * 5 + name.length + vectors.length * (8 + 4 * dimension))
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).putInt(VERSION).putInt(name.length).put(name).putInt(dimension).putInt(vectors.length);
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i].length != dimension) {
                throw new IllegalArgumentException("vectors of " + dimension + " and " + vectors[i].length + " values");
            }
            out.putLong(key(sentences.get(i)));
            for (float v : vectors[i]) {
                out.putFloat(v);
            }
        }
        return out.array();
    }

    /**
     * The vectors of the wanted sentences that the file holds, by sentence; empty when the file
     * was written with another model.
     *
     * @throws IllegalArgumentException when the bytes are not a vector file (truncated, another format)
     */
    public static Map<String, float[]> decode(byte[] bytes, String model, Collection<String> wanted) {
        Map<String, float[]> out = new HashMap<>();
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IllegalArgumentException("not a vector file of version " + VERSION);
            }
            int nameLength = in.getInt();
            if (nameLength < 0 || nameLength > in.remaining()) {
                throw new IllegalArgumentException("broken header");
            }
            byte[] name = new byte[nameLength];
            in.get(name);
            if (!model.equals(new String(name, StandardCharsets.UTF_8))) {
                return out;
            }
            int dimension = in.getInt();
            int count = in.getInt();
            if (dimension < 0 || count < 0 || (long) count * (8 + 4L * dimension) != in.remaining()) {
                throw new IllegalArgumentException("length does not match " + count + " vectors of " + dimension);
            }
            Map<Long, float[]> byKey = new HashMap<>();
            for (int i = 0; i < count; i++) {
                long key = in.getLong();
                float[] v = new float[dimension];
                in.asFloatBuffer().get(v);
                in.position(in.position() + 4 * dimension);
                byKey.put(key, v);
            }
            for (String s : wanted) {
                float[] v = byKey.get(key(s));
                if (v != null) {
                    out.put(s, v); // decoded just now: no one else holds it
                }
            }
            return out;
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated vector file", e);
        }
    }

    static long key(String sentence) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sentence.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
