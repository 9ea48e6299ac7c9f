package nashra.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A run over several machines ({@code nashra.distributed} in the job definition): how the night is
 * split and where the partition requests go. The broker and the shared job repository are Spring's
 * own settings ({@code spring.rabbitmq.*}, {@code spring.datasource.*}).
 *
 * @param partitions how many slices the night's inputs are split into; more than the workers, so
 *     that a slow or lost worker holds up little of the night
 * @param queue the durable RabbitMQ queue the partition requests go through
 * @param pollInterval how often the manager looks in the job repository for finished partitions
 * @param timeout how long the manager waits for all partitions before the step fails (and the same
 *     command resumes it); zero for no limit
 */
@ConfigurationProperties("nashra.distributed")
public record DistributedProperties(Integer partitions, String queue, Duration pollInterval, Duration timeout) {

    public DistributedProperties {
        partitions = partitions == null ? 16 : partitions;
        queue = queue == null || queue.isBlank() ? "nashra.partitions" : queue;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        timeout = timeout == null ? Duration.ZERO : timeout;
        if (partitions < 1) {
            throw new ConfigurationProblem("nashra.distributed.partitions must be at least 1, got " + partitions
                    + ". Fix it in the job definition or on the command line.");
        }
    }
}
