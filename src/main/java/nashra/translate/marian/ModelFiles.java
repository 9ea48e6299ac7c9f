package nashra.translate.marian;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nashra.translate.ModelException;

/**
 * The files of a Marian model in the layout Hugging Face Optimum and transformers.js use:
 *
 * <pre>
 * config.json  generation_config.json  tokenizer.json  [source.spm]
 * onnx/encoder_model[_quantized].onnx
 * onnx/decoder_model_merged[_quantized].onnx   or   onnx/decoder_model + onnx/decoder_with_past_model
 * </pre>
 *
 * Quantized files are chosen when present unless the caller asks for full precision, since that
 * is what the published exports ship for CPU use.
 *
 * @param decoderMerged the If-merged decoder, or empty when the split pair is used
 * @param decoder the decoder without past inputs (split layout only)
 * @param decoderWithPast the decoder with past inputs (split layout only)
 * @param sentencePiece the source SentencePiece model, used to repair a tokenizer.json that lost its normaliser
 */
public record ModelFiles(
        Path directory,
        Path config,
        Path generationConfig,
        Path tokenizer,
        Path encoder,
        Optional<Path> decoderMerged,
        Optional<Path> decoder,
        Optional<Path> decoderWithPast,
        Optional<Path> sentencePiece,
        boolean quantized) {

    /** Finds the files, or stops with one message listing everything that is missing. */
    public static ModelFiles locate(Path directory, boolean preferQuantized) {
        if (!Files.isDirectory(directory)) {
            throw new ModelException("Model directory " + directory + " does not exist. " + HOW_TO_GET_ONE);
        }
        List<String> missing = new ArrayList<>();
        Path config = required(directory, "config.json", missing);
        Path tokenizer = required(directory, "tokenizer.json", missing);
        Path onnx = directory.resolve("onnx");
        Optional<Path> encoder = pick(onnx, "encoder_model", preferQuantized);
        if (encoder.isEmpty()) {
            missing.add("onnx/encoder_model.onnx (or encoder_model_quantized.onnx)");
        }
        boolean quantized = encoder.map(p -> p.getFileName().toString().contains("_quantized")).orElse(preferQuantized);
        Optional<Path> merged = pick(onnx, "decoder_model_merged", quantized);
        Optional<Path> plain = Optional.empty();
        Optional<Path> withPast = Optional.empty();
        if (merged.isEmpty()) {
            plain = pick(onnx, "decoder_model", quantized);
            withPast = pick(onnx, "decoder_with_past_model", quantized);
            if (plain.isEmpty() || withPast.isEmpty()) {
                missing.add("onnx/decoder_model_merged.onnx (or the pair decoder_model.onnx + decoder_with_past_model.onnx)");
            }
        }
        if (!missing.isEmpty()) {
            throw new ModelException("Model directory " + directory + " is incomplete: missing "
                    + String.join(", ", missing) + ". " + HOW_TO_GET_ONE);
        }
        Path spm = directory.resolve("source.spm");
        return new ModelFiles(directory, config, directory.resolve("generation_config.json"), tokenizer,
                encoder.get(), merged, plain, withPast,
                Files.isRegularFile(spm) ? Optional.of(spm) : Optional.empty(), quantized);
    }

    static final String HOW_TO_GET_ONE = "A Marian model in the Optimum/transformers.js layout is needed"
            + " (config.json, generation_config.json, tokenizer.json, onnx/encoder_model*.onnx, onnx/decoder_model_merged*.onnx):"
            + " get one with `bin/nashra models pull` (see the README, Models) or pass --model-dir DIR.";

    private static Path required(Path directory, String name, List<String> missing) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            missing.add(name);
        }
        return file;
    }

    /** The quantized or plain variant of an ONNX file, falling back to whichever exists. */
    private static Optional<Path> pick(Path onnxDir, String stem, boolean preferQuantized) {
        Path quantized = onnxDir.resolve(stem + "_quantized.onnx");
        Path plain = onnxDir.resolve(stem + ".onnx");
        List<Path> order = preferQuantized ? List.of(quantized, plain) : List.of(plain, quantized);
        return order.stream().filter(Files::isRegularFile).findFirst();
    }
}
