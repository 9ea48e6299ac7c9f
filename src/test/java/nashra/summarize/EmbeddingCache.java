package nashra.summarize;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluation helper: sentence vectors of whole articles kept in a file between runs, keyed by a
 * hash of the article's sentences, so repeated experiments skip the three minutes of embedding. A
 * changed splitter or text gives new keys, so stale vectors are never used.
 */
final class EmbeddingCache {

    private EmbeddingCache() {}

    static String key(List<String> sentences) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String s : sentences) {
                digest.update(s.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, float[][]> read(Path file) {
        Map<String, float[][]> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String key;
                try {
                    key = in.readUTF();
                } catch (EOFException end) {
                    return out;
                }
                float[][] vectors = new float[in.readInt()][];
                for (int i = 0; i < vectors.length; i++) {
                    vectors[i] = new float[in.readInt()];
                    for (int d = 0; d < vectors[i].length; d++) {
                        vectors[i][d] = in.readFloat();
                    }
                }
                out.put(key, vectors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void write(Path file, Map<String, float[][]> vectors) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                for (Map.Entry<String, float[][]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float[] v : e.getValue()) {
                        out.writeInt(v.length);
                        for (float x : v) {
                            out.writeFloat(x);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
