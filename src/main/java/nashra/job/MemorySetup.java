package nashra.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nashra.model.LockFile;
import nashra.translate.marian.GenerationSettings;
import nashra.translate.marian.ModelFiles;
import nashra.translate.marian.MarianTranslator;

/**
 * The words that key the translation memory: everything that shapes a translation, so that a
 * translation is never served to a run with another model or other settings.
 *
 * <ul>
 *   <li>the model: its name, its revision, and its files: the SHA-256 of its lock file when it has
 *       one (the lock lists every file's hash), else each file's size and modification time (a
 *       model rebuilt in place, such as a test model with random weights, is then another model;
 *       the same model copied elsewhere is too, which costs only misses);</li>
 *   <li>the generation settings actually used: beams, maximum and minimum length, length penalty,
 *       start, end and pad tokens, the tokens never generated;</li>
 *   <li>the checks: the glossary's content, the confidence threshold, the retry's beams, and
 *       {@link #CHECKS_VERSION}, raised whenever a check changes what it flags.</li>
 * </ul>
 *
 * Not in it, on purpose: the batch size and thread count (they change how fast, not what), the
 * chunk size, the input and output folders.
 */
final class MemorySetup {

    /** Raise when a check (nashra.translate.check) changes what it flags or says, or the engine what it outputs. */
    static final int CHECKS_VERSION = 1;

    private MemorySetup() {
    }

    static String describe(MarianTranslator translator, BriefingProperties properties) {
        GenerationSettings g = translator.settings();
        String badWords = g.badWords().stream().map(ids -> java.util.Arrays.toString(ids))
                .collect(Collectors.joining(","));
        return String.join("; ",
                "nashra translation memory, checks version " + CHECKS_VERSION,
                "model " + translator.modelName() + ", revision " + translator.revision(),
                "files " + files(translator.files()),
                String.format(Locale.ROOT, "generation beams %d, max length %d, min length %d, length penalty %s,"
                                + " start %d, eos %d, pad %d, forced eos %d, bad words [%s]",
                        g.numBeams(), g.maxLength(), g.minLength(), g.lengthPenalty(), g.decoderStartTokenId(),
                        g.eosTokenId(), g.padTokenId(), g.forcedEosTokenId(), badWords),
                "checks glossary " + sha256(properties.glossary()) + ", min confidence " + properties.minConfidence()
                        + ", retry beams " + properties.retryBeams());
    }

    private static String files(ModelFiles files) {
        Path lock = files.directory().resolve(LockFile.FILE_NAME);
        if (Files.isRegularFile(lock)) {
            return "locked " + sha256(lock);
        }
        List<Path> all = new ArrayList<>(List.of(files.config(), files.generationConfig(), files.tokenizer(),
                files.encoder()));
        for (Optional<Path> p : List.of(files.decoderMerged(), files.decoder(), files.decoderWithPast(),
                files.sentencePiece())) {
            p.ifPresent(all::add);
        }
        List<String> described = new ArrayList<>();
        for (Path p : all) {
            try {
                described.add(files.directory().relativize(p) + " " + Files.size(p) + " bytes "
                        + Files.getLastModifiedTime(p).toInstant());
            } catch (IOException e) {
                described.add(p.getFileName() + " unreadable");
            }
        }
        return String.join(", ", described);
    }

    private static String sha256(Path file) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable " + file;
        }
    }
}
