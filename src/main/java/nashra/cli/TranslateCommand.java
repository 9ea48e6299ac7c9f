package nashra.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nashra.translate.Translation;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;

/**
 * {@code nashra translate --model-dir DIR [--beams N] [--batch-size N] [--threads N]
     * [--max-length N] [--fp32] [FILE]}: one Arabic sentence a line in (FILE or stdin), one English
 * translation a line out. Warnings go to stderr with their line numbers, so stdout stays aligned
 * with the input.
 */
final class TranslateCommand {

    static final String USAGE = """
            usage: bin/nashra translate --model-dir DIR [--beams N] [--batch-size N] [--threads N]
                                    [--sessions N] [--max-length N] [--fp32] [FILE]
              Translates one sentence a line from FILE (or stdin) to stdout, one translation a line.
              --model-dir DIR   Marian model in the Optimum/transformers.js layout
              --beams N         beam search with N beams (1 = greedy; default: the model's setting)
              --batch-size N    sentences translated together (default 16)
              --threads N       ONNX Runtime threads (default: all cores)
              --sessions N      copies of the model translating batches side by side, sharing the threads
                                (default: one single-threaded copy per thread)
              --max-length N    longest output in tokens (default: the model's setting)
              --fp32            use full-precision ONNX files even when quantized ones exist""";

    /** Lines translated together; bounded so that memory stays flat on any input size. */
    private static final int CHUNK = 256;

    static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
        Args args = new Args(argv, Set.of("model-dir", "beams", "batch-size", "threads", "sessions", "max-length"),
                Set.of("fp32"));
        if (!args.has("model-dir")) {
            throw new Args.UsageException("--model-dir is required");
        }
        if (args.positional().size() > 1) {
            throw new Args.UsageException("at most one input file");
        }
        MarianOptions options = MarianOptions.defaults()
                .withBeams(args.intValue("beams", 0))
                .withBatchSize(args.intValue("batch-size", 16))
                .withThreads(args.intValue("threads", Runtime.getRuntime().availableProcessors()))
                .withSessions(args.intValue("sessions", 0))
                .withMaxLength(args.intValue("max-length", 0))
                .withPreferQuantized(!args.has("fp32"));
        boolean fromFile = !args.positional().isEmpty();
        // stdin is not ours to close (embedders and test runners use it); a file we opened is.
        BufferedReader in = fromFile
                ? Files.newBufferedReader(Path.of(args.positional().get(0)), StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (MarianTranslator translator = MarianTranslator.load(Path.of(args.get("model-dir", "")), options)) {
            List<String> chunk = new ArrayList<>(CHUNK);
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                chunk.add(line);
                if (chunk.size() == CHUNK) {
                    lineNumber = flush(translator, chunk, lineNumber, writer, err);
                }
            }
            flush(translator, chunk, lineNumber, writer, err);
        } finally {
            if (fromFile) {
                in.close();
            }
        }
        writer.flush();
        return 0;
    }

    private static int flush(MarianTranslator translator, List<String> chunk, int lineNumber, PrintWriter out,
            PrintStream err) {
        List<Translation> translations = translator.translate(chunk);
        for (Translation t : translations) {
            lineNumber++;
            out.println(t.text());
            if (t.flagged()) {
                err.println("line " + lineNumber + ": " + t.flags());
            }
        }
        out.flush();
        chunk.clear();
        return lineNumber;
    }

    private TranslateCommand() {
    }
}
