package nashra.translate.marian;

import java.nio.file.Path;
import nashra.translate.ModelException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the model's JSON files with errors that name the file. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new ModelException(file + " is not valid JSON (" + e.getOriginalMessage() + ");"
                    + " the model files are damaged: pull or copy the model again.", e);
        }
    }

    static int requiredInt(JsonNode node, String key, Path file) {
        JsonNode value = node.get(key);
        if (value == null || !value.isNumber()) {
            throw new ModelException(file + " has no number \"" + key + "\"; the model's config is incomplete."
                    + " Pull or re-export the model.");
        }
        return value.asInt();
    }
}
