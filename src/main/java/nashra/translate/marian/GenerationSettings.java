package nashra.translate.marian;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nashra.translate.ModelException;
import tools.jackson.databind.JsonNode;

/**
 * How to generate, read from the model's own {@code generation_config.json} (falling back to
 * {@code config.json}, as Hugging Face does), never from constants in code. The caller may
 * override the number of beams and the maximum length.
 *
 * @param decoderStartTokenId first token of every output (the pad token for Marian)
 * @param eosTokenId ends a sentence
 * @param padTokenId pads inputs; never generated because it is among the bad words
 * @param badWords token sequences that must never be produced (single tokens for Marian)
 * @param forcedEosTokenId when not negative, forced at {@code maxLength - 1}, so outputs that reach the limit end in eos
 * @param numBeams 1 for greedy search
 * @param maxLength longest output, decoder start token included
 * @param minLength eos is forbidden while the output (start token included) is shorter
 * @param lengthPenalty exponent of the length that divides a finished hypothesis's log-probability
 */
public record GenerationSettings(
        int decoderStartTokenId,
        int eosTokenId,
        int padTokenId,
        List<int[]> badWords,
        int forcedEosTokenId,
        int numBeams,
        int maxLength,
        int minLength,
        double lengthPenalty) {

    public GenerationSettings {
        badWords = List.copyOf(badWords);
        if (numBeams < 1) {
            throw new IllegalArgumentException("beams must be at least 1, got " + numBeams);
        }
        if (maxLength < 2) {
            throw new IllegalArgumentException("max length must be at least 2, got " + maxLength);
        }
    }

    public GenerationSettings withBeams(int beams) {
        return new GenerationSettings(decoderStartTokenId, eosTokenId, padTokenId, badWords, forcedEosTokenId,
                beams, maxLength, minLength, lengthPenalty);
    }

    public GenerationSettings withMaxLength(int length) {
        return new GenerationSettings(decoderStartTokenId, eosTokenId, padTokenId, badWords, forcedEosTokenId,
                numBeams, length, minLength, lengthPenalty);
    }

    public GenerationSettings withMinLength(int length) {
        return new GenerationSettings(decoderStartTokenId, eosTokenId, padTokenId, badWords, forcedEosTokenId,
                numBeams, maxLength, length, lengthPenalty);
    }

    static GenerationSettings read(Path generationConfig, Path config) {
        JsonNode model = Json.read(config);
        JsonNode gen = Files.exists(generationConfig) ? Json.read(generationConfig) : model;
        Path where = Files.exists(generationConfig) ? generationConfig : config;
        int pad = intSetting(gen, model, "pad_token_id", where);
        int eos = intSetting(gen, model, "eos_token_id", where);
        int start = intSetting(gen, model, "decoder_start_token_id", where);
        List<int[]> bad = new ArrayList<>();
        JsonNode badNode = gen.has("bad_words_ids") ? gen.get("bad_words_ids") : model.path("bad_words_ids");
        for (JsonNode seq : badNode) {
            int[] ids = new int[seq.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = seq.get(i).asInt();
            }
            bad.add(ids);
        }
        JsonNode forced = gen.has("forced_eos_token_id") ? gen.get("forced_eos_token_id") : model.path("forced_eos_token_id");
        return new GenerationSettings(start, eos, pad, bad,
                forced.isNumber() ? forced.asInt() : -1,
                optionalInt(gen, model, "num_beams", 1),
                optionalInt(gen, model, "max_length", 20),
                optionalInt(gen, model, "min_length", 0),
                gen.has("length_penalty") ? gen.get("length_penalty").asDouble()
                        : model.path("length_penalty").asDouble(1.0));
    }

    private static int intSetting(JsonNode gen, JsonNode model, String key, Path where) {
        JsonNode value = gen.has(key) ? gen.get(key) : model.get(key);
        if (value == null || !value.isNumber()) {
            throw new ModelException(where + " does not give " + key + "; the model files are incomplete."
                    + " Re-export or pull the model again.");
        }
        return value.asInt();
    }

    private static int optionalInt(JsonNode gen, JsonNode model, String key, int fallback) {
        JsonNode value = gen.has(key) ? gen.get(key) : model.get(key);
        return value != null && value.isNumber() ? value.asInt() : fallback;
    }
}
