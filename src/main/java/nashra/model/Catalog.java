package nashra.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The models Nashra knows how to pull ({@code models/catalog.json}). Read from the tree rather than
 * bound to records, so a missing or misspelt field gives a message naming the model and the field.
 */
public record Catalog(String defaultName, List<CatalogEntry> entries) {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public Catalog {
        entries = List.copyOf(entries);
    }

    public static Catalog read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelPullException("Model catalog " + file + " not found (it ships as models/catalog.json"
                    + " in the repository; pass --catalog FILE to use another).");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new ModelPullException("Model catalog " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<CatalogEntry> entries = new ArrayList<>();
        for (JsonNode node : root.path("models")) {
            entries.add(entry(file, node));
        }
        String def = root.path("default").asString(entries.isEmpty() ? null : entries.get(0).name());
        return new Catalog(def, entries);
    }

    public Optional<CatalogEntry> find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The named entry, or the default one when name is null; a clear error for an unknown name. */
    public CatalogEntry get(String name) {
        String wanted = name == null ? defaultName : name;
        return find(wanted).orElseThrow(() -> new ModelPullException("No model named \"" + wanted
                + "\" in the catalog; known: " + String.join(", ", entries.stream().map(CatalogEntry::name).toList())));
    }

    private static CatalogEntry entry(Path file, JsonNode node) {
        String name = text(file, node, "name", true, "?");
        boolean available = node.path("available").asBoolean(true);
        List<CatalogFile> files = new ArrayList<>();
        for (JsonNode f : node.path("files")) {
            String sha = f.path("sha256").isNull() || f.path("sha256").isMissingNode()
                    ? null : f.path("sha256").asString().toLowerCase(Locale.ROOT);
            if (sha != null && !SHA256.matcher(sha).matches()) {
                throw new ModelPullException("Model catalog " + file + ": model " + name + " file "
                        + f.path("path").asString() + " has a sha256 that is not 64 hex digits");
            }
            String path = text(file, f, "path", true, name);
            // Files are written under the model folder; a path must not lead out of it.
            if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
                throw new ModelPullException("Model catalog " + file + ": model " + name + " file \"" + path
                        + "\" must be a relative path inside the model folder");
            }
            JsonNode size = f.path("size");
            files.add(new CatalogFile(path, size.isNumber() ? size.asLong() : null,
                    sha, f.path("optional").asBoolean(false)));
        }
        // An entry that can be pulled must pin a revision: "main" would change under the lock file.
        return new CatalogEntry(name, available, text(file, node, "repo", available, name),
                text(file, node, "revision", available, name), licences(file, node, name),
                text(file, node, "attribution", false, name), text(file, node, "notes", false, name), files);
    }

    /**
     * "licences": [{"name", "source", "url"}, …], each as its source states it; an older catalog's
     * single "licence" string is read as one licence with no source.
     */
    private static List<Licence> licences(Path file, JsonNode node, String model) {
        List<Licence> out = new ArrayList<>();
        for (JsonNode l : node.path("licences")) {
            out.add(new Licence(text(file, l, "name", true, model), text(file, l, "source", false, model),
                    text(file, l, "url", false, model)));
        }
        String single = text(file, node, "licence", false, model);
        if (out.isEmpty() && single != null) {
            out.add(new Licence(single, null, null));
        }
        return out;
    }

    private static String text(Path file, JsonNode node, String field, boolean required, String model) {
        JsonNode value = node.path(field);
        if (value.isString() && !value.asString().isBlank()) {
            return value.asString();
        }
        if (required) {
            throw new ModelPullException("Model catalog " + file + ": model " + model + " has no \"" + field + "\"");
        }
        return null;
    }
}
