package nashra.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import nashra.job.MemoryLauncher;

/** {@code nashra memory}: what the translation memory holds, or forget it. */
final class MemoryCommand {

    static final String USAGE = """
            usage: bin/nashra memory stats|clear [--job FILE] [--output DIR]
              The translation memory: translations kept in the job's database (README, "Translation memory").
              stats             sentences kept, per model and settings
              clear             forget every kept translation (the next brief translates everything again)
              --job FILE        job definition that names the database (default jobs/morning-briefing.yml)
              --output DIR      output folder whose H2 database holds it (overrides the job definition)""";

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, Set.of("job", "output"), Set.of());
        if (args.positional().size() != 1 || !Set.of("stats", "clear").contains(args.positional().get(0))) {
            throw new Args.UsageException("say what to do: bin/nashra memory stats, or bin/nashra memory clear");
        }
        return MemoryLauncher.run(args.positional().get(0), Path.of(args.get("job", "jobs/morning-briefing.yml")),
                args.has("output") ? Path.of(args.get("output", "")) : null, out, err);
    }

    private MemoryCommand() {
    }
}
