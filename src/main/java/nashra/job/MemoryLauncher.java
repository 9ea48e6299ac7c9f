package nashra.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nashra.translate.memory.TranslationMemory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code bin/nashra memory stats|clear}: the translation memory in the job's database, found the
 * way {@code brief} finds it (the job definition's {@code spring.datasource.*}, the environment,
 * else the H2 file under the output folder), without starting the job's context or loading a
 * model, so it answers in a second.
 */
public final class MemoryLauncher {

    private MemoryLauncher() {
    }

    /** @return the exit status: 0 done, 1 failed */
    public static int run(String action, Path jobFile, Path output, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(jobFile)) {
            err.println("nashra memory: the job definition " + jobFile + " does not exist; pass --job FILE"
                    + " (see jobs/morning-briefing.yml).");
            return 1;
        }
        StandardEnvironment environment = new StandardEnvironment();
        try {
            List<PropertySource<?>> job = new YamlPropertySourceLoader().load("job definition",
                    new FileSystemResource(jobFile));
            job.forEach(environment.getPropertySources()::addLast);
        } catch (IOException | RuntimeException e) {
            err.println("nashra memory: cannot read the job definition " + jobFile + " (" + e.getMessage() + ").");
            return 1;
        }
        Map<String, Object> overrides = new HashMap<>();
        if (output != null) {
            overrides.put("nashra.briefing.output", output.toString());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("command line", overrides));
        ConfigurationPropertySources.attach(environment);
        Binder binder = Binder.get(environment);
        BriefingProperties settings = binder.bindOrCreate("nashra.briefing", Bindable.of(BriefingProperties.class));
        Path outputAbsolute = settings.output().toAbsolutePath().normalize();
        environment.getSystemProperties().put("nashra.briefing.output-absolute", outputAbsolute.toString());
        String url = environment.resolvePlaceholders(binder.bind("spring.datasource.url", String.class)
                .orElse(BriefingLauncher.DEFAULT_REPOSITORY_URL));
        String user = binder.bind("spring.datasource.username", String.class).orElse(url.startsWith("jdbc:h2:") ? "sa" : "");
        String password = binder.bind("spring.datasource.password", String.class).orElse("");
        if (url.startsWith("jdbc:h2:file:") && !Files.exists(outputAbsolute.resolve(".nashra/jobs.mv.db"))
                && url.contains(outputAbsolute + "/.nashra/jobs")) {
            out.println("No translation memory in " + outputAbsolute + " yet: no briefing has run with this output folder.");
            return 0;
        }
        try {
            TranslationMemory memory = TranslationMemory.open(new DriverManagerDataSource(url, user, password));
            if (action.equals("clear")) {
                long removed = memory.clear();
                out.println("Cleared the translation memory in " + url + ": " + removed + " sentence(s) forgotten."
                        + " The next bin/nashra brief translates every sentence again.");
            } else {
                List<TranslationMemory.SetupStats> setups = memory.stats();
                long total = setups.stream().mapToLong(TranslationMemory.SetupStats::sentences).sum();
                out.println("Translation memory in " + url + ": " + total + " sentence(s) under " + setups.size()
                        + " setup(s) (model and settings; a translation is only served to its own setup).");
                for (TranslationMemory.SetupStats s : setups) {
                    out.println(String.format(Locale.ROOT, "  %8d  %s  since %s%n            %s", s.sentences(),
                            s.id().substring(0, 12), s.created(), s.description()));
                }
            }
            return 0;
        } catch (TranslationMemory.MemoryException e) {
            err.println("nashra memory: " + e.getMessage() + " (is a briefing running on this database? H2 files"
                    + " are opened by one process at a time; run bin/nashra memory again once it has finished).");
            return 1;
        }
    }
}
