package nashra.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nashra.translate.Translation;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;

/**
 * {@code nashra bench-translate}: translation speed of the Java engine on a fixed sentence set,
 * with the output length forced equal for every sentence (min length = max length), so that
 * engines are compared on the same amount of work. Prints one JSON line per configuration.
 * {@code src/test/bench/translation-benchmark.sh} runs it beside transformers.js and prints the ratio.
 */
final class TranslationBenchmark {

    static final String USAGE = """
            usage: bin/nashra bench-translate --model-dir DIR --sentences FILE [--limit N] [--batch-sizes 1,8,16,32]
                                              [--beams 1,4] [--beam-batch-size N] [--new-tokens N] [--threads N] [--sessions N] [--fp32]
              --sessions N  copies of the model translating batches side by side, threads shared out (default: the engine's)
              Prints {"engine":"nashra-java",...} JSON lines: sentences/s, generated tokens/s, peak RSS.""";

    static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
        Args args = new Args(argv, Set.of("model-dir", "sentences", "limit", "batch-sizes", "beams", "beam-batch-size",
                "new-tokens", "threads", "sessions"), Set.of("fp32"));
        if (!args.has("model-dir") || !args.has("sentences")) {
            throw new Args.UsageException("--model-dir and --sentences are required");
        }
        List<String> sentences = Files.readAllLines(Path.of(args.get("sentences", "")), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(s -> !s.isEmpty()).limit(args.intValue("limit", 200)).toList();
        int newTokens = args.intValue("new-tokens", 32);
        int threads = args.intValue("threads", Runtime.getRuntime().availableProcessors());
        MarianOptions base = MarianOptions.defaults()
                .withThreads(threads)
                .withSessions(args.intValue("sessions", 0))
                .withPreferQuantized(!args.has("fp32"))
                .withMaxLength(newTokens + 1)   // + the decoder start token
                .withMinLength(newTokens + 1);
        Path model = Path.of(args.get("model-dir", ""));
        for (String beamText : args.get("beams", "1,4").split(",")) {
            int beams = Integer.parseInt(beamText.strip());
            List<Integer> batchSizes = new ArrayList<>();
            if (beams == 1) {
                for (String b : args.get("batch-sizes", "1,8,16,32").split(",")) {
                    batchSizes.add(Integer.parseInt(b.strip()));
                }
            } else {
                batchSizes.add(args.intValue("beam-batch-size", 8));
            }
            for (int batch : batchSizes) {
                MarianOptions options = base.withBeams(beams).withBatchSize(batch);
                try (MarianTranslator translator = MarianTranslator.load(model, options)) {
                    translator.translate(sentences.subList(0, Math.min(sentences.size(), batch))); // warm-up
                    long start = System.nanoTime();
                    List<Translation> result = translator.translate(sentences);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long tokens = 0;
                    for (Translation t : result) {
                        for (int[] part : t.tokens()) {
                            tokens += part.length + 1; // content + the eos the model generated
                        }
                    }
                    out.printf(Locale.ROOT, "{\"engine\":\"nashra-java\",\"search\":\"%s\",\"batch\":%d,\"threads\":%d,"
                                    + "\"sessions\":%d,\"quantized\":%b,"
                                    + "\"sentences\":%d,\"seconds\":%.3f,\"sentences_per_s\":%.2f,\"generated_tokens\":%d,"
                                    + "\"tokens_per_s\":%.1f,\"peak_rss_mb\":%d}%n",
                            beams == 1 ? "greedy" : "beam" + beams, batch, threads, translator.sessions(),
                            translator.files().quantized(), sentences.size(), seconds,
                            sentences.size() / seconds, tokens, tokens / seconds, peakRssMb());
                    out.flush();
                }
            }
        }
        return 0;
    }

    /** Peak resident set size of this process (VmHWM), in MiB; -1 where /proc is not available. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }

    private TranslationBenchmark() {
    }
}
