package nashra.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nashra.digest.Briefing;
import nashra.digest.JsonFormat;
import nashra.translate.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the morning briefing for one date: loads the job definition, checks the folders and takes
 * the run lock ({@link Preflight}), starts the Spring context (which loads the model, or stops
 * with one message), and launches {@code morningBriefing} with the date as its identifying
 * parameter. A date that already completed is left as it is unless {@code redo} is asked for; a
 * date whose last run failed, or whose process died, is restarted where it stopped. Every way
 * it can fail ends in one line on stderr that says what to do; the trace goes to the debug log.
 */
public final class BriefingLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(BriefingLauncher.class);

    /** What the command line asked for; null fields fall back to the job definition. */
    public record Request(Path jobFile, LocalDate date, Path input, Path output, Path modelDir, boolean redo,
            Map<String, String> extra) {
    }

    /** The job repository when the job definition names no database: an H2 file beside the output (also the translation memory's). */
    static final String DEFAULT_REPOSITORY_URL = "jdbc:h2:file:${nashra.briefing.output-absolute}/.nashra/jobs;DB_CLOSE_ON_EXIT=FALSE";

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
        properties.put("nashra.briefing.redo", Boolean.toString(request.redo()));
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

        AtomicReference<RunLock> lock = new AtomicReference<>();
        SpringApplication application = application();
        application.setDefaultProperties(Map.of(
                // The job repository: an H2 file beside the output unless the job definition names a database.
                "spring.datasource.url", DEFAULT_REPOSITORY_URL,
                "spring.datasource.username", "sa",
                "spring.batch.jdbc.initialize-schema", "always",
                "spring.batch.job.enabled", "false"));
        application.addInitializers(ctx -> {
            // Settings, folders and the run lock are checked here, before any bean (the model) loads.
            BriefingProperties settings = Binder.get(ctx.getEnvironment())
                    .bindOrCreate("nashra.briefing", Bindable.of(BriefingProperties.class));
            ctx.getEnvironment().getSystemProperties().put("nashra.briefing.output-absolute",
                    settings.output().toAbsolutePath().normalize().toString());
            if (ctx.getEnvironment().matchesProfiles(DistributedConfiguration.MANAGER)) {
                WorkerLauncher.requireSharedRepository(ctx.getEnvironment(), "a distributed run");
            }
            lock.set(Preflight.check(settings, date));
        });
        try (ConfigurableApplicationContext context = application.run(toArgs(properties))) {
            return launch(context, date, request.redo(), out, err);
        } catch (RuntimeException e) {
            err.println("nashra brief: " + startFailure(e));
            LOG.debug("the briefing could not start", e);
            return 1;
        } finally {
            release(lock.get());
        }
    }

    /** The application of the job, quiet: no web server, banner or start-up report. */
    static SpringApplication application() {
        SpringApplication application = new SpringApplication(BriefingApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        return application;
    }

    /** The one line for a context that could not start. */
    private static String startFailure(RuntimeException e) {
        Throwable known = find(e, ModelException.class);
        known = known != null ? known : find(e, ConfigurationProblem.class);
        if (known != null) {
            return known.getMessage();
        }
        BindException bind = find(e, BindException.class);
        if (bind != null) {
            return "the setting " + bind.getName() + " cannot be used (" + Failures.root(bind).getMessage()
                    + "). Fix it in the job definition or on the command line.";
        }
        java.sql.SQLException sql = find(e, java.sql.SQLException.class);
        if (sql != null) {
            return Failures.jobRepository(sql);
        }
        return "could not start (" + Failures.describe(e) + "); run again with --debug for the details.";
    }

    private static int launch(ConfigurableApplicationContext context, LocalDate date, boolean redo, PrintStream out,
            PrintStream err) {
        JobOperator operator = context.getBean(JobOperator.class);
        JobRepository repository = context.getBean(JobRepository.class);
        Job job = context.getBean(BriefingJobConfiguration.JOB, Job.class);
        RunFolders folders = context.getBean(RunFolders.class);
        JobParameters parameters = new JobParametersBuilder().addString("date", date.toString()).toJobParameters();
        try {
            recoverOrphans(operator, repository, date, err);
            dropInstanceWithoutExecution(repository, parameters);
            JobExecution last = repository.getLastJobExecution(BriefingJobConfiguration.JOB, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED && !redo) {
                if (!Files.exists(folders.published().resolve("briefing.json"))) {
                    err.println("nashra brief: the briefing for " + date + " is recorded complete, but "
                            + folders.published().resolve("briefing.json") + " is missing; run with --redo to rebuild it.");
                    return 1;
                }
                out.println("The briefing for " + date + " is already complete in " + folders.published()
                        + "; nothing changed. Run with --redo to rebuild it.");
                return 0;
            }
            if (redo) {
                folders.clear(); // the redo folder of an earlier redo that did not finish
                // A new instance of the same date: the completed one stays in the job repository's history.
                parameters = new JobParametersBuilder(parameters)
                        .addLong("redo", System.currentTimeMillis()).toJobParameters();
            }
            JobExecution execution = operator.start(job, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
                if (failure != null) {
                    LOG.debug("the run failed", failure);
                }
                err.println("nashra brief: the run for " + date + " failed: " + Failures.runFailure(failure, folders)
                        + (redo ? " The briefing before the redo is still in place; run --redo again once fixed."
                                : " Run the same command again once fixed: it goes on where it stopped."));
                return 1;
            }
            folders.publish();
            // Step 2 counted the night into the briefing; it is not counted again here.
            Briefing.Counts counts = JsonFormat.read(Files.readString(folders.published().resolve("briefing.json"),
                    java.nio.charset.StandardCharsets.UTF_8), Briefing.class).counts();
            out.println(counts.read() + " read, " + counts.written() + " written, " + counts.rejected() + " rejected");
            out.println("Briefing: " + folders.published().resolve("briefing.html"));
            return 0;
        } catch (Exception e) {
            LOG.debug("the run failed", e);
            err.println("nashra brief: the run for " + date + " failed: " + Failures.runFailure(e, folders));
            return 1;
        }
    }

    /**
     * Executions of this date that the repository still shows as running, although this process
     * holds the run lock: their process died without a word ({@code kill -9}, a power cut). They
     * are marked failed, so that the start below restarts them where they stopped.
     */
    private static void recoverOrphans(JobOperator operator, JobRepository repository, LocalDate date, PrintStream err) {
        for (JobExecution running : repository.findRunningJobExecutions(BriefingJobConfiguration.JOB)) {
            if (date.toString().equals(running.getJobParameters().getString("date"))) {
                err.println("nashra brief: the run for " + date + " that started at " + running.getStartTime()
                        + " ended without finishing (its process is gone); going on where it stopped.");
                // Slices its workers are still on end first (a dead worker's slice goes to another):
                // recovering now would mark them failed under a live worker and run them twice.
                awaitSlices(repository, running.getId(), err);
                operator.recover(repository.getJobExecution(running.getId())); // as it is now, after the wait
            }
        }
    }

    /**
     * Spring Batch records a job instance and its first execution in two transactions. A process
     * killed between them (or whose last commits H2 had not yet written) leaves an instance with no
     * execution, and Spring Batch 6.0 then fails every later start of that date while looking for
     * its last execution ("Incorrect result size: expected 1, actual 0"). Such an instance holds
     * nothing (no step ever ran under it), so it is removed and the start records it again.
     */
    private static void dropInstanceWithoutExecution(JobRepository repository, JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(BriefingJobConfiguration.JOB, parameters);
        if (instance != null && repository.getJobExecutions(instance).isEmpty()) {
            LOG.info("removing job instance {} of a run that died before its first execution was recorded",
                    instance.getInstanceId());
            repository.deleteJobInstance(instance);
        }
    }

    /**
     * A distributed run's slices may outlive its manager: workers go on with the requests already
     * sent (a dead worker's request goes to another). The restart waits for them to end, so that
     * it sends again only the slices that did not complete, and no slice runs twice at once.
     */
    private static void awaitSlices(JobRepository repository, long jobExecutionId, PrintStream err) {
        boolean said = false;
        while (true) {
            long running = repository.getJobExecution(jobExecutionId).getStepExecutions().stream()
                    .filter(step -> step.getStepName().contains(":partition") && step.getStatus().isRunning()).count();
            if (running == 0) {
                return;
            }
            if (!said) {
                err.println("nashra brief: waiting for the workers to finish the " + running + " slice(s) of that run"
                        + " they are still on (start a worker if none is running).");
                said = true;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void release(RunLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.debug("could not release the run lock", e);
            }
        }
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
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
