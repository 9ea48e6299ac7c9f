package nashra.job;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** {@code brief} run in the test's own JVM, as the command line would run it, with what it said. */
final class Brief {

    private Brief() {
    }

    static MorningBriefingJobTest.Outcome run(LocalDate date, Path input, Path output, Path model, boolean redo,
            Map<String, String> extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> settings = new HashMap<>(Map.of("nashra.briefing.threads", "2"));
        settings.putAll(extra);
        int exit = BriefingLauncher.run(new BriefingLauncher.Request(Path.of("jobs/morning-briefing.yml"), date, input,
                        output, model, redo, settings),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new MorningBriefingJobTest.Outcome(exit, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }
}
