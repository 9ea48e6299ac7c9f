package nashra.translate.marian;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nashra.translate.Translation;
import nashra.translate.check.CheckedTranslator;
import nashra.translate.check.Glossary;
import nashra.translate.check.Scripts;
import nashra.translate.check.TranslationChecks;

/**
 * What the translation checks cost beside the translation itself, measured in one run on the same
 * machine, alternating the two round by round (a benchmark that prints figures, not a test):
 *
 * <ol>
 *   <li>translating the sentences (the model, as the job runs it) against checking their
 *       translations (KEPT's script test, LATIN, NUMBER, NAME, LOW_CONFIDENCE);
 *   <li>the retry of flagged sentences, against the first translation of all of them;
 *   <li>greedy search's confidence score (the log-softmax denominator summed in the argmax pass)
 *       on rows of opus-mt-ar-en's 62,834 logits, against the argmax alone; beam search computes
 *       log-softmax anyway, so there the score costs nothing.
 * </ol>
 *
 * <pre>
 * ./mvnw -q -B test-compile
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     nashra.translate.marian.ChecksBenchmark [--model-dir DIR] [--beams N] [--rounds N] FILE...
 * </pre>
 *
 * FILE: one Arabic sentence a line (the tiny model's held-out sentences, the project's name
 * fixture, or any other).
 */
public final class ChecksBenchmark {

    private static final int CHECK_REPEATS = 10;

    public static void main(String[] args) throws IOException {
        Path modelDir = Path.of("src/test/resources/models/marian-tiny");
        int beams = 0;
        int rounds = 5;
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--model-dir" -> modelDir = Path.of(args[++i]);
                case "--beams" -> beams = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8).stream()
                        .filter(s -> !s.isBlank()).forEach(sentences::add);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TranslationChecks checks = TranslationChecks.standard(Glossary.load(Path.of("jobs/glossary.tsv")), -1.0);
        try (MarianTranslator model = MarianTranslator.load(modelDir,
                MarianOptions.defaults().withThreads(2).withBatchSize(16).withBeams(beams))) {
            out.printf(Locale.ROOT, "%d sentences, model %s, %d beams, %d rounds%n", sentences.size(), model.modelName(),
                    model.settings().numBeams(), rounds);
            List<Translation> warm = model.translate(sentences); // warm-up, the checks too
            for (int repeat = 0; repeat < 50; repeat++) {
                for (int i = 0; i < sentences.size(); i++) {
                    checks.check(sentences.get(i), warm.get(i));
                }
            }
            out.println("round  translate ms  checks ms  checks/translate");
            List<Double> ratios = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                long t0 = System.nanoTime();
                List<Translation> translations = model.translate(sentences);
                long t1 = System.nanoTime();
                int flagged = 0;
                // The checks take milliseconds where translation takes seconds: run them 10 times and
                // divide, so that timer and scheduler noise do not dominate.
                for (int repeat = 0; repeat < CHECK_REPEATS; repeat++) {
                    flagged = 0;
                    for (int i = 0; i < sentences.size(); i++) {
                        if (!Scripts.hasArabicLetters(sentences.get(i))) {
                            continue;
                        }
                        flagged += checks.check(sentences.get(i), translations.get(i)).isEmpty() ? 0 : 1;
                    }
                }
                long t2 = System.nanoTime();
                double checkNanos = (double) (t2 - t1) / CHECK_REPEATS;
                double ratio = checkNanos / (t1 - t0);
                ratios.add(ratio);
                out.printf(Locale.ROOT, "%5d  %12.1f  %9.2f  %15.3f%%   (%d flagged, %.0f µs a sentence)%n", r, (t1 - t0) / 1e6,
                        checkNanos / 1e6, 100 * ratio, flagged, checkNanos / 1e3 / sentences.size());
            }
            ratios.sort(null);
            out.printf(Locale.ROOT, "median checks/translate: %.3f%% (range %.3f%%-%.3f%%)%n", 100 * ratios.get(ratios.size() / 2),
                    100 * ratios.get(0), 100 * ratios.get(ratios.size() - 1));

            out.println("round  first pass ms  with retry ms  retried  retry/first");
            for (int r = 1; r <= Math.min(3, rounds); r++) {
                long t0 = System.nanoTime();
                new CheckedTranslator(model, checks, 0).translate(sentences);
                long t1 = System.nanoTime();
                CheckedTranslator retrying = new CheckedTranslator(model, checks, 8);
                retrying.translate(sentences);
                long t2 = System.nanoTime();
                out.printf(Locale.ROOT, "%5d  %13.1f  %13.1f  %7d  %10.1f%%%n", r, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                        retrying.retries().retried(), 100.0 * ((t2 - t1) - (t1 - t0)) / (t1 - t0));
            }
        }
        greedyScore(out, rounds);
    }

    /** Greedy's choice with and without the score over rows the size of opus-mt-ar-en's vocabulary. */
    private static void greedyScore(PrintStream out, int rounds) {
        int vocab = 62834;
        Random random = new Random(7);
        float[][] rows = new float[64][vocab];
        for (float[] row : rows) {
            for (int v = 0; v < vocab; v++) {
                row[v] = (float) (random.nextGaussian() * 2.5);
            }
            row[random.nextInt(vocab)] += 15; // one clear winner, as in a confident step
        }
        boolean[] banned = new boolean[vocab];
        double[] logProb = new double[1];
        float[] scratch = new float[vocab];
        long sink = 0;
        out.println("greedy step over 62,834 logits (synthetic, N(0, 2.5) plus one peak): argmax µs, argmax+score µs");
        for (int r = 1; r <= rounds + 1; r++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < 20; k++) {
                for (float[] row : rows) {
                    sink += GreedySearch.argmax(row, banned, -1, 0);
                }
            }
            long t1 = System.nanoTime();
            for (int k = 0; k < 20; k++) {
                for (float[] row : rows) {
                    sink += GreedySearch.argmaxScored(row, banned, -1, 0, logProb, scratch);
                }
            }
            long t2 = System.nanoTime();
            if (r > 1) { // the first round warms up
                out.printf(Locale.ROOT, "%5d  %8.1f  %8.1f  (+%.1f µs a generated token)%n", r - 1,
                        (t1 - t0) / 1280.0 / 1000, (t2 - t1) / 1280.0 / 1000, ((t2 - t1) - (t1 - t0)) / 1280.0 / 1000);
            }
        }
        if (sink == 42) {
            out.println();
        }
    }

    private ChecksBenchmark() {
    }
}
