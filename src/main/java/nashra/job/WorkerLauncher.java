package nashra.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import nashra.translate.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

/**
 * {@code nashra worker}: one worker of a distributed run. It loads the translation model once, then
 * runs step 1 on the partitions the manager sends over RabbitMQ, one at a time, until it is stopped
 * (SIGTERM: the partition at hand is finished first). It needs the broker, the shared job
 * repository, the model folder, and the same input and output folders as the manager (a shared
 * file system); it keeps no state of its own, so workers can be added or stopped at any time.
 */
public final class WorkerLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerLauncher.class);

    private WorkerLauncher() {
    }

    /** @return the exit status once the worker is stopped: 0, or 1 when it could not start */
    public static int run(Path jobFile, Map<String, String> extra, PrintStream err) {
        if (!Files.isRegularFile(jobFile)) {
            err.println("nashra worker: the job definition " + jobFile + " does not exist; pass --job FILE"
                    + " (see jobs/morning-briefing.yml).");
            return 1;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.config.import", "file:" + jobFile.toAbsolutePath());
        properties.put("spring.profiles.active", DistributedConfiguration.WORKER);
        properties.putAll(extra);
        SpringApplication application = BriefingLauncher.application();
        application.setDefaultProperties(Map.of(
                "spring.batch.jdbc.initialize-schema", "always",
                "spring.batch.job.enabled", "false"));
        application.addInitializers(ctx -> {
            requireSharedRepository(ctx.getEnvironment(), "a worker");
            BriefingProperties settings = Binder.get(ctx.getEnvironment())
                    .bindOrCreate("nashra.briefing", Bindable.of(BriefingProperties.class));
            if (!Files.isDirectory(settings.input())) {
                throw new ConfigurationProblem("the input folder " + settings.input() + " is not here; a worker reads"
                        + " the same input folder as the manager (a shared file system): set nashra.briefing.input.");
            }
            try {
                Files.createDirectories(settings.output());
            } catch (IOException e) {
                throw new ConfigurationProblem("cannot write to the output folder " + settings.output() + " ("
                        + Preflight.reason(e) + "); a worker writes into the manager's output folder.");
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        ConfigurableApplicationContext context;
        try {
            context = application.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new));
        } catch (RuntimeException e) {
            Throwable known = BriefingLauncher.find(e, ModelException.class);
            known = known != null ? known : BriefingLauncher.find(e, ConfigurationProblem.class);
            err.println("nashra worker: " + (known != null ? known.getMessage() : "could not start ("
                    + Failures.describe(e) + "); run again with --debug for the details."));
            LOG.debug("the worker could not start", e);
            return 1;
        }
        DistributedProperties distributed = context.getBean(DistributedProperties.class);
        LOG.info("worker ready: partitions from queue {}", distributed.queue());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
        }
        return 0;
    }

    /** Several machines share one job repository: the H2 file of a single machine will not do. */
    static void requireSharedRepository(Environment environment, String who) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank() || url.startsWith("jdbc:h2:")) {
            throw new ConfigurationProblem(who + " needs a job repository every machine reaches: set"
                    + " spring.datasource.url (and username, password) to the shared PostgreSQL database in the job"
                    + " definition or as SPRING_DATASOURCE_URL.");
        }
    }
}
