package nashra.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nashra.job.WorkerLauncher;

/** {@code nashra worker}: runs step 1 on the partitions a distributed briefing sends, until stopped. */
final class WorkerCommand {

    static final String USAGE = """
            usage: bin/nashra worker [--job FILE] [--model-dir DIR] [--debug]
              Serves the partitions of distributed briefings (bin/nashra brief --distributed) until stopped.
              Broker and job repository come from the job definition or the environment
              (spring.rabbitmq.*, spring.datasource.*; SPRING_RABBITMQ_HOST, SPRING_DATASOURCE_URL, ...);
              the input and output folders must be the manager's (a shared file system).
              --job FILE        job definition (default jobs/morning-briefing.yml)
              --model-dir DIR   translation model (overrides the job definition)
              --debug           log the details (stack traces) behind a one-line failure""";

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, Set.of("job", "model-dir"), Set.of("debug"));
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("unexpected argument " + args.positional().get(0));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        if (args.has("model-dir")) {
            extra.put("nashra.briefing.model-dir", args.get("model-dir", ""));
        }
        if (args.has("debug")) {
            extra.put("logging.level.nashra", "DEBUG");
            extra.put("logging.level.org.springframework.batch", "DEBUG");
        }
        return WorkerLauncher.run(Path.of(args.get("job", "jobs/morning-briefing.yml")), extra, err);
    }

    private WorkerCommand() {
    }
}
