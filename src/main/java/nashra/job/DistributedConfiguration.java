package nashra.job;

import java.util.List;
import nashra.article.ArticleSource;
import nashra.digest.ArticleDigester;
import nashra.translate.memory.RememberingTranslator;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Step 1 over several machines, with Spring Batch's own remote partitioning. The manager
 * ({@code brief --distributed}) splits the night into {@link Partition partitions}, records a step
 * execution for each in the shared job repository, and sends one request per partition to a
 * durable RabbitMQ queue; workers ({@code nashra worker}) take one request at a time and run step 1
 * on that partition, exactly as one machine would on the whole night. Step 2 runs on the manager
 * once every partition has ended.
 *
 * <p>The manager learns that partitions ended by polling the job repository, not from a reply
 * queue: the repository is where a worker commits its step execution anyway, so a reply could
 * only repeat it, and polling survives a manager restarted mid-run (a reply sent while it was
 * down would be lost to it). A worker acknowledges its request only after the partition's step
 * execution has ended and been recorded; a worker killed mid-partition leaves its request
 * unacknowledged, and the broker hands it to another worker, which runs the same step execution
 * and skips what the dead one finished (the run's ledger).
 */
@Configuration
@EnableConfigurationProperties(DistributedProperties.class)
class DistributedConfiguration {

    static final String MANAGER = "manager";
    static final String WORKER = "worker";

    @Bean
    @Profile({MANAGER, WORKER})
    Queue partitionQueue(DistributedProperties distributed) {
        return new Queue(distributed.queue(), true); // durable: requests outlive a broker restart
    }

    @Bean
    @Profile({MANAGER, WORKER})
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Configuration
    @Profile(MANAGER)
    static class Manager {

        @Bean
        IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, RabbitTemplate rabbit, Queue queue) {
            // The default exchange, routed by queue name; messages are persistent by default.
            return IntegrationFlow.from(partitionRequests).handle(Amqp.outboundAdapter(rabbit).routingKey(queue.getName()))
                    .get();
        }

        /** Step 1 as the manager runs it: the partitions, sent out, then waited for. */
        @Bean
        Step articlesStep(JobRepository jobRepository, DistributedProperties distributed, DirectChannel partitionRequests,
                BeanFactory beanFactory) {
            return new RemotePartitioningManagerStepBuilder(BriefingJobConfiguration.ARTICLES_STEP + "Manager", jobRepository)
                    .partitioner(BriefingJobConfiguration.ARTICLES_STEP, Partition.partitioner(distributed.partitions()))
                    .gridSize(distributed.partitions())
                    .outputChannel(partitionRequests)
                    .pollInterval(distributed.pollInterval().toMillis())
                    .timeout(distributed.timeout().isZero() ? Long.MAX_VALUE : distributed.timeout().toMillis())
                    .beanFactory(beanFactory)
                    .build();
        }
    }

    @Configuration
    @Profile(WORKER)
    static class Worker {

        @Bean
        IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connections, Queue queue,
                DirectChannel partitionRequests) {
            SimpleMessageConverter converter = new SimpleMessageConverter();
            // Requests are Java-serialised StepExecutionRequests; nothing else is ever deserialised.
            converter.setAllowedListPatterns(List.of("org.springframework.batch.integration.partition.StepExecutionRequest",
                    "java.lang.*"));
            return IntegrationFlow.from(Amqp.inboundAdapter(connections, queue)
                            .messageConverter(converter)
                            // One partition at a time; acknowledged when the step execution has ended.
                            .configureContainer(c -> c.prefetchCount(1).concurrentConsumers(1)))
                    .channel(partitionRequests)
                    .get();
        }

        /**
         * Step 1 as a worker runs it: the same chunks as on one machine, over its partition. The
         * bean is named as the step, since a partition request names the step to run and the worker
         * looks it up by that name.
         */
        @Bean(BriefingJobConfiguration.ARTICLES_STEP)
        Step articlesWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                BriefingProperties properties, ArticleDigester digester, ArticleSource source,
                RememberingTranslator translator, DirectChannel partitionRequests, BeanFactory beanFactory,
                StepTimes times, DigestVectors vectors) {
            RemotePartitioningWorkerStepBuilder builder = new RemotePartitioningWorkerStepBuilder(
                    BriefingJobConfiguration.ARTICLES_STEP, jobRepository)
                    .inputChannel(partitionRequests)
                    .beanFactory(beanFactory);
            return BriefingJobConfiguration.articleChunks(builder, transactionManager, properties, digester, source,
                    translator, times, vectors).build();
        }
    }
}
