package nashra.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code nashra.lock.json} in a model directory: what was pulled, from where, at which revision,
 * and every file's size and sha256, so {@code nashra models verify} can recheck the copy later
 * (for example after it was carried to an offline machine).
 *
 * @param absent optional catalog files the repository did not have at this revision (a 404), so a
 *     reader of the lock file can tell "absent upstream" from "lost since"
 */
public record LockFile(String name, String repo, String revision, String pulledAt, List<LockedFile> files,
        List<String> absent) {

    public static final String FILE_NAME = "nashra.lock.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public LockFile {
        files = List.copyOf(files);
        absent = List.copyOf(absent);
    }

    public void write(Path modelDir) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", name);
        root.put("repo", repo);
        root.put("revision", revision);
        root.put("pulledAt", pulledAt);
        ArrayNode list = root.putArray("files");
        for (LockedFile f : files) {
            ObjectNode node = list.addObject();
            node.put("path", f.path());
            node.put("size", f.size());
            node.put("sha256", f.sha256());
            node.put("verifiedBy", f.verifiedBy());
        }
        ArrayNode missing = root.putArray("absent");
        absent.forEach(missing::add);
        Files.writeString(modelDir.resolve(FILE_NAME), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    public static LockFile read(Path modelDir) {
        Path file = modelDir.resolve(FILE_NAME);
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file));
            List<LockedFile> files = new ArrayList<>();
            for (JsonNode f : root.path("files")) {
                files.add(new LockedFile(f.path("path").asString(), f.path("size").asLong(),
                        f.path("sha256").asString(), f.path("verifiedBy").asString(LockedFile.BY_NOTHING)));
            }
            List<String> absent = new ArrayList<>();
            for (JsonNode a : root.path("absent")) {
                absent.add(a.asString());
            }
            return new LockFile(root.path("name").asString(null), root.path("repo").asString(null),
                    root.path("revision").asString(null), root.path("pulledAt").asString(null), files, absent);
        } catch (IOException e) {
            throw new ModelPullException("Cannot read " + file + ": " + e.getMessage()
                    + " (a model that was not pulled by Nashra has no lock file; pull it again to get one)", e);
        } catch (JacksonException e) {
            throw new ModelPullException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Recomputes every file's size and sha256; returns one line per problem, empty when all match. */
    public List<String> verify(Path modelDir) {
        List<String> problems = new ArrayList<>();
        for (LockedFile f : files) {
            Path p = modelDir.resolve(f.path());
            if (!Files.isRegularFile(p)) {
                problems.add(f.path() + ": missing");
                continue;
            }
            try {
                long size = Files.size(p);
                if (size != f.size()) {
                    problems.add(f.path() + ": size " + size + ", lock file says " + f.size());
                    continue;
                }
                String sha = sha256(p);
                if (!sha.equals(f.sha256())) {
                    problems.add(f.path() + ": sha256 " + sha + ", lock file says " + f.sha256());
                }
            } catch (IOException e) {
                problems.add(f.path() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is not available in this JVM", e));
        }
    }
}
