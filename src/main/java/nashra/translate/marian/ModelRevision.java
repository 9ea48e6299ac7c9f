package nashra.translate.marian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names the exact model files a translation came from. */
final class ModelRevision {

    private ModelRevision() {
    }

    static String of(Path directory) {
        try {
            Path recorded = directory.resolve("revision");
            if (Files.isRegularFile(recorded)) {
                return Files.readString(recorded, StandardCharsets.UTF_8).strip();
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(directory.resolve("config.json")));
            return "sha256:" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }
}
