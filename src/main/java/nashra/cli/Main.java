package nashra.cli;

import java.io.PrintStream;
import java.util.Arrays;
import nashra.translate.ModelException;

/**
 * The {@code nashra} command. Commands that need no Spring context (translate, benchmarks) start
 * without one, so they answer in a second.
 */
public final class Main {

    static final String USAGE = """
            usage: bin/nashra <command> [options]
              brief             run the morning briefing (the Spring Batch job)
              worker            serve the partitions of distributed briefings (brief --distributed)
              translate         translate one Arabic sentence a line to English
              confidence        the distribution of the model's confidence score over sentences (calibration)
              bench-translate   measure translation speed (see README)
              models            list, pull and verify translation models
              memory            show or clear the translation memory (stats, clear)
            Run a command with --help for its options. bin/nashra runs target/nashra.jar (java -jar
            target/nashra.jar <command> is the same).""";

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h")) {
            out.println(USAGE);
            return argv.length == 0 ? 2 : 0;
        }
        String command = argv[0];
        String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
        boolean help = Arrays.asList(rest).contains("--help");
        try {
            switch (command) {
                case "translate" -> {
                    if (help) {
                        out.println(TranslateCommand.USAGE);
                        return 0;
                    }
                    return TranslateCommand.run(rest, out, err);
                }
                case "brief" -> {
                    if (help) {
                        out.println(BriefCommand.USAGE);
                        return 0;
                    }
                    return BriefCommand.run(rest, out, err);
                }
                case "worker" -> {
                    if (help) {
                        out.println(WorkerCommand.USAGE);
                        return 0;
                    }
                    return WorkerCommand.run(rest, out, err);
                }
                case "confidence" -> {
                    if (help) {
                        out.println(ConfidenceCommand.USAGE);
                        return 0;
                    }
                    return ConfidenceCommand.run(rest, out, err);
                }
                case "bench-translate" -> {
                    if (help) {
                        out.println(TranslationBenchmark.USAGE);
                        return 0;
                    }
                    return TranslationBenchmark.run(rest, out, err);
                }
                case "memory" -> {
                    if (help) {
                        out.println(MemoryCommand.USAGE);
                        return 0;
                    }
                    return MemoryCommand.run(rest, out, err);
                }
                case "models" -> {
                    if (help) {
                        out.println(ModelsCommand.USAGE);
                        return 0;
                    }
                    return ModelsCommand.run(rest, out, err);
                }
                default -> {
                    err.println("nashra: unknown command \"" + command + "\"\n" + USAGE);
                    return 2;
                }
            }
        } catch (Args.UsageException e) {
            err.println("nashra " + command + ": " + e.getMessage());
            return 2;
        } catch (ModelException e) {
            err.println("nashra " + command + ": " + e.getMessage());
            return 1;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("nashra " + command + ": " + e.getMessage());
            return 1;
        }
    }

    private Main() {
    }
}
