package nashra.job;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nashra.translate.ModelException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the morning briefing for one date: loads the job definition, starts the Spring context
 * (which loads the model, or stops with one message), and launches {@code morningBriefing} with
 * the date as its identifying parameter. A date that already completed is left as it is unless
 * {@code redo} is asked for; a date whose last run failed is restarted where it stopped.
 */
public final class BriefingLauncher {

    /** What the command line asked for; null fields fall back to the job definition. */
    public record Request(Path jobFile, LocalDate date, Path input, Path output, Path modelDir, boolean redo,
            Map<String, String> extra) {
    }

    private BriefingLauncher() {
    }

    /** @return the process exit status: 0 done (or already done), 1 failed */
    public static int run(Request request, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(request.jobFile())) {
            err.println("nashra brief: the job definition " + request.jobFile() + " does not exist; pass --job FILE"
                    + " (see jobs/morning-briefing.yml).");
            return 1;
        }
        LocalDate date = request.date() == null ? LocalDate.now() : request.date();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.config.import", "file:" + request.jobFile().toAbsolutePath());
        properties.put("nashra.briefing.date", date.toString());
        if (request.input() != null) {
            properties.put("nashra.briefing.input", request.input().toString());
        }
        if (request.output() != null) {
            properties.put("nashra.briefing.output", request.output().toString());
        }
        if (request.modelDir() != null) {
            properties.put("nashra.briefing.model-dir", request.modelDir().toString());
        }
        properties.putAll(request.extra());

        SpringApplication application = new SpringApplication(BriefingApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of(
                // The job repository: an H2 file beside the output unless the job definition names a database.
                "spring.datasource.url", "jdbc:h2:file:${nashra.briefing.output-absolute}/.nashra/jobs;DB_CLOSE_ON_EXIT=FALSE",
                "spring.datasource.username", "sa",
                "spring.batch.jdbc.initialize-schema", "always",
                "spring.batch.job.enabled", "false"));
        application.addInitializers(ctx -> {
            String output = ctx.getEnvironment().getProperty("nashra.briefing.output", "briefings");
            ctx.getEnvironment().getSystemProperties().putIfAbsent("nashra.briefing.output-absolute",
                    Path.of(output).toAbsolutePath().normalize().toString());
        });
        try (ConfigurableApplicationContext context = application.run(toArgs(properties))) {
            return launch(context, date, request.redo(), out, err);
        } catch (RuntimeException e) {
            // A broken model or configuration value: one message, no Spring start-up report.
            Throwable cause = find(e, ModelException.class);
            cause = cause != null ? cause : find(e, ConfigurationProblem.class);
            if (cause != null) {
                err.println("nashra brief: " + cause.getMessage());
                return 1;
            }
            BindException bind = find(e, BindException.class);
            if (bind != null) {
                Throwable root = bind;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                err.println("nashra brief: the setting " + bind.getName() + " cannot be used (" + root.getMessage()
                        + "). Fix it in the job definition or on the command line.");
                return 1;
            }
            throw e;
        }
    }

    private static int launch(ConfigurableApplicationContext context, LocalDate date, boolean redo, PrintStream out,
            PrintStream err) {
        JobOperator operator = context.getBean(JobOperator.class);
        JobRepository repository = context.getBean(JobRepository.class);
        Job job = context.getBean(BriefingJobConfiguration.JOB, Job.class);
        RunFolders folders = context.getBean(RunFolders.class);
        JobParameters parameters = new JobParametersBuilder().addString("date", date.toString()).toJobParameters();

        JobExecution last = repository.getLastJobExecution(BriefingJobConfiguration.JOB, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED && !redo) {
            out.println("The briefing for " + date + " is already complete in " + folders.run()
                    + "; nothing changed. Run with --redo to rebuild it.");
            return 0;
        }
        try {
            if (redo) {
                folders.clear();
                // A new instance of the same date: the completed one stays in the job repository's history.
                parameters = new JobParametersBuilder(parameters)
                        .addLong("redo", System.currentTimeMillis()).toJobParameters();
            }
            JobExecution execution = operator.start(job, parameters);
            RunCounts counts = RunCounts.measure(folders, context.getBean(BriefingProperties.class).input());
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                out.println(counts.read() + " read, " + counts.written() + " written, " + counts.rejected() + " rejected");
                if (counts.unaccounted() != 0) {
                    err.println("nashra brief: " + counts.unaccounted() + " input(s) are neither in a digest nor in "
                            + folders.rejects() + "; please report this.");
                    return 1;
                }
                out.println("Briefing: " + folders.run().resolve("briefing.html"));
                return 0;
            }
            err.println("nashra brief: the run for " + date + " ended " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst().orElse("no detail")
                    + ". Fix the cause and run the same command again: it restarts where it stopped.");
            return 1;
        } catch (Exception e) {
            err.println("nashra brief: " + e.getMessage());
            return 1;
        }
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String[] toArgs(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** Parses a run date, with a message that says what is expected. */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date must look like 2026-11-21, got \"" + text + "\"");
        }
    }
}
