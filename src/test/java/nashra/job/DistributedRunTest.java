package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same night on several machines: a manager ({@code brief --distributed}) and two worker JVMs
 * over a real RabbitMQ broker and a real PostgreSQL job repository. One worker is killed with
 * {@code kill -9} in the middle of a partition; the broker gives its partition to the other, and
 * the output equals, file for file, that of one machine's run. Then the manager of another night is
 * killed the same way half-way, and the same command, run again, finishes that night, again equal
 * to one machine's run.
 *
 * <p>The broker is Debian's rabbitmq-server on 127.0.0.1:5672, which {@code .ci/run} installs and
 * starts. Without one this test is skipped with that message, except under CI, where it fails.
 */
class DistributedRunTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 28);
    private static final LocalDate DATE2 = LocalDate.of(2026, 11, 29);

    @TempDir
    Path root;

    private static boolean brokerListens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String article(int n) {
        return "المحادثات ستستأنف في القاهرة " + n + "\n"
                + "قال وزير الخارجية يوم الخميس إن المحادثات ستستأنف في القاهرة بعد " + n + " أيام.\n"
                + "وأضاف أن الوفد سيصل إلى بغداد يوم السبت في زيارة رسمية.\n"
                + "أكد المتحدث باسم الحكومة أن الاجتماع سيعقد في بيروت الأسبوع المقبل.\n";
    }

    @Test
    void aManagerAndTwoWorkersBriefTheNightAsOneMachineDoesThoughAWorkerIsKilled() throws Exception {
        if (!brokerListens()) {
            String message = "no RabbitMQ broker on 127.0.0.1:5672 (apt-get install rabbitmq-server;"
                    + " rabbitmq-server -detached; .ci/run does both)";
            if (System.getenv("CI") != null) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Path input = Files.createDirectories(root.resolve("input"));
        try (Stream<Path> samples = Files.list(MorningBriefingJobTest.SAMPLES)) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, input.resolve(sample.getFileName()));
            }
        }
        for (int n = 1; n <= 200; n++) {
            Path file = input.resolve(String.format("generated/%02d/article-%03d.txt", n % 7, n));
            Files.createDirectories(file.getParent());
            Files.writeString(file, article(n));
        }
        Map<String, String> settings = Map.of("nashra.briefing.threads", "1", "nashra.briefing.chunk-size", "2");

        // One machine, for reference.
        Path single = root.resolve("single");
        MorningBriefingJobTest.Outcome reference = Brief.run(DATE, input, single, MorningBriefingJobTest.MODEL, false,
                settings);
        assertEquals(0, reference.exit(), reference.err());

        Path output = root.resolve("distributed");
        String queue = "nashra.test." + UUID.randomUUID();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Map<String, String> workerEnvironment = new HashMap<>(Map.of(
                    "SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SPRING_DATASOURCE_PASSWORD", "postgres", "SPRING_RABBITMQ_HOST", "127.0.0.1",
                    "NASHRA_DISTRIBUTED_QUEUE", queue, "NASHRA_BRIEFING_INPUT", input.toString(),
                    "NASHRA_BRIEFING_OUTPUT", output.toString(),
                    "NASHRA_BRIEFING_MODEL_DIR", MorningBriefingJobTest.MODEL.toString(),
                    "NASHRA_BRIEFING_THREADS", "1", "NASHRA_BRIEFING_CHUNK_SIZE", "2"));
            try (ChildRun a = ChildRun.worker(root.resolve("worker-a.log"), workerEnvironment);
                    ChildRun b = ChildRun.worker(root.resolve("worker-b.log"), workerEnvironment)) {
                a.awaitOutput("worker ready");
                b.awaitOutput("worker ready");
                Map<String, String> manager = new HashMap<>(settings);
                manager.putAll(Map.of("spring.profiles.active", "manager", "spring.datasource.url", url,
                        "spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
                        "spring.rabbitmq.host", "127.0.0.1", "nashra.distributed.queue", queue,
                        "nashra.distributed.partitions", "6", "nashra.distributed.poll-interval", "200ms"));
                CompletableFuture<MorningBriefingJobTest.Outcome> run = CompletableFuture.supplyAsync(
                        () -> Brief.run(DATE, input, output, MorningBriefingJobTest.MODEL, false, manager));

                a.awaitOutput("articles ").kill9(); // mid-partition: a chunk committed, more to come
                MorningBriefingJobTest.Outcome distributed = run.get(10, TimeUnit.MINUTES);
                assertEquals(0, distributed.exit(), distributed.err() + "\nworker b:\n" + b.output());
                assertTrue(b.output().contains("articles "), "the other worker did its share");
                assertEquals(reference.out().lines().findFirst(), distributed.out().lines().findFirst(), "same counts");

                // 2. The manager killed mid-run: the same command resumes it, the slices already done stay done.
                try (ChildRun c = ChildRun.worker(root.resolve("worker-c.log"), workerEnvironment)) {
                    c.awaitOutput("worker ready");
                    Map<String, String> environment = new HashMap<>(workerEnvironment);
                    environment.putAll(Map.of("NASHRA_DISTRIBUTED_PARTITIONS", "6",
                            "NASHRA_DISTRIBUTED_POLL_INTERVAL", "200ms"));
                    try (ChildRun killed = ChildRun.start(root.resolve("manager.log"), environment, "--distributed",
                            "--job", "jobs/morning-briefing.yml", "--date", DATE2.toString(), "--input", input.toString(),
                            "--output", output.toString(), "--model-dir", MorningBriefingJobTest.MODEL.toString())) {
                        awaitLines(output.resolve(DATE2 + "/" + RunLedger.FILE), 10);
                        killed.kill9();
                    }
                    MorningBriefingJobTest.Outcome resumed = Brief.run(DATE2, input, output, MorningBriefingJobTest.MODEL,
                            false, manager);
                    assertEquals(0, resumed.exit(), resumed.err());
                    assertTrue(resumed.err().contains("ended without finishing"), resumed.err());
                }
            }
        }
        assertSameTree(single, output, DATE);
        MorningBriefingJobTest.Outcome reference2 = Brief.run(DATE2, input, single, MorningBriefingJobTest.MODEL, false,
                settings);
        assertEquals(0, reference2.exit(), reference2.err());
        assertSameTree(single, output, DATE2);
    }

    private static void assertSameTree(Path reference, Path output, LocalDate date) throws Exception {
        Map<String, String> expected = CrashRecoveryTest.tree(reference, date);
        Map<String, String> actual = CrashRecoveryTest.tree(output, date);
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        for (String file : expected.keySet()) {
            assertEquals(expected.get(file), actual.get(file), date + ": " + file);
        }
    }

    private static void awaitLines(Path file, int lines) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readAllLines(file).size() >= lines) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + lines + " lines in " + file + " within 180 s");
    }
}
