package nashra.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nashra.job.BriefingLauncher;

/** {@code nashra brief}: the morning briefing for one date. */
final class BriefCommand {

    static final String USAGE = """
            usage: bin/nashra brief [--job FILE] [--date YYYY-MM-DD] [--input DIR] [--output DIR] [--model-dir DIR]
                                   [--story-threshold X] [--redo] [--debug]
              Runs the morning briefing job for a date (default: today).
              --job FILE        job definition (default jobs/morning-briefing.yml)
              --date DATE       the run date; a date that already completed is left as it is
              --input DIR       folder of the night's articles (overrides the job definition)
              --output DIR      output folder (overrides the job definition)
              --model-dir DIR   translation model (overrides the job definition)
              --story-threshold X  least score (0-1] that puts two articles in one story; lower merges more
              --redo            rebuild a date that already completed, replacing only that date's output
                                (built beside it; the old output stays until the new one is complete)
              --debug           log the details (stack traces) behind a one-line failure""";

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, Set.of("job", "date", "input", "output", "model-dir", "story-threshold"), Set.of("redo", "debug"));
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("unexpected argument " + args.positional().get(0));
        }
        Map<String, String> extra = new java.util.LinkedHashMap<>();
        if (args.has("story-threshold")) {
            extra.put("nashra.briefing.story-threshold", args.get("story-threshold", ""));
        }
        if (args.has("debug")) {
            extra.put("logging.level.nashra", "DEBUG");
            extra.put("logging.level.org.springframework.batch", "DEBUG");
        }
        BriefingLauncher.Request request;
        try {
            request = new BriefingLauncher.Request(
                    Path.of(args.get("job", "jobs/morning-briefing.yml")),
                    args.has("date") ? BriefingLauncher.parseDate(args.get("date", "")) : null,
                    path(args, "input"), path(args, "output"), path(args, "model-dir"), args.has("redo"), extra);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        return BriefingLauncher.run(request, out, err);
    }

    private static Path path(Args args, String name) {
        return args.has(name) ? Path.of(args.get(name, "")) : null;
    }

    private BriefCommand() {
    }
}
