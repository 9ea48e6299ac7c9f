package nashra.digest;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Digests as indented JSON, field order as declared in the records. */
public final class JsonFormat {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonFormat() {
    }

    public static String write(Object digest) {
        return MAPPER.writeValueAsString(digest) + "\n";
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
