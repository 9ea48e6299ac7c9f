package nashra.job;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process against a manager with two single-threaded workers, on the same generated night,
 * alternating run by run; and the cost of a slice, from the same night cut into few and into many
 * slices. Not part of the default test run (tag {@code benchmark}); needs a RabbitMQ broker on
 * 127.0.0.1:5672:
 *
 * <pre>./mvnw -B test -Dtest=DistributedBenchmark -Dnashra.test.excludedGroups=none -Dnashra.bench.articles=300</pre>
 */
@Tag("benchmark")
class DistributedBenchmark {

    @TempDir
    Path root;

    private static String article(int n) {
        return "المحادثات ستستأنف في القاهرة " + n + "\n"
                + "قال وزير الخارجية يوم الخميس إن المحادثات ستستأنف في القاهرة بعد " + n + " أيام.\n"
                + "وأضاف أن الوفد سيصل إلى بغداد يوم السبت في زيارة رسمية.\n"
                + "أكد المتحدث باسم الحكومة أن الاجتماع سيعقد في بيروت الأسبوع المقبل.\n"
                + "وقال الرئيس إن بلاده ستجري محادثات جديدة مع فرنسا الأسبوع المقبل.\n";
    }

    @Test
    void oneProcessAgainstAManagerAndTwoWorkers() throws Exception {
        int articles = Integer.getInteger("nashra.bench.articles", 300);
        int rounds = Integer.getInteger("nashra.bench.rounds", 2);
        Path input = Files.createDirectories(root.resolve("input"));
        for (int n = 1; n <= articles; n++) {
            Files.writeString(input.resolve(String.format("a-%04d.txt", n)), article(n));
        }
        String queue = "nashra.bench." + UUID.randomUUID();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Path output = root.resolve("out");
            Map<String, String> workers = new HashMap<>(Map.of(
                    "SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SPRING_DATASOURCE_PASSWORD", "postgres", "SPRING_RABBITMQ_HOST", "127.0.0.1",
                    "NASHRA_DISTRIBUTED_QUEUE", queue, "NASHRA_BRIEFING_INPUT", input.toString(),
                    "NASHRA_BRIEFING_OUTPUT", output.toString(),
                    "NASHRA_BRIEFING_MODEL_DIR", MorningBriefingJobTest.MODEL.toString(),
                    "NASHRA_BRIEFING_THREADS", "1"));
            try (ChildRun a = ChildRun.worker(root.resolve("a.log"), workers);
                    ChildRun b = ChildRun.worker(root.resolve("b.log"), workers)) {
                a.awaitOutput("worker ready");
                b.awaitOutput("worker ready");
                System.out.printf("night: %d articles; one process: 2 ONNX Runtime threads; distributed: 2 workers x 1"
                        + " thread, 16 slices%n", articles);
                for (int round = 1; round <= rounds; round++) {
                        double single = seconds(() -> Brief.run(LocalDate.of(2025, 1, 1).plusDays(roundDay()), input,
                            root.resolve("single-" + UUID.randomUUID()), MorningBriefingJobTest.MODEL, false, Map.of()));
                    double distributed = seconds(() -> Brief.run(LocalDate.of(2026, 1, 1).plusDays(roundDay()), input,
                            output, MorningBriefingJobTest.MODEL, false, manager(url, queue, 16)));
                    System.out.printf("round %d: one process %.1f s (%.1f articles/s), manager + 2 workers %.1f s"
                                    + " (%.1f articles/s), ratio %.2f%n", round, single, articles / single, distributed,
                            articles / distributed, single / distributed);
                }
                double few = seconds(() -> Brief.run(LocalDate.of(2027, 1, 1).plusDays(roundDay()), input, output,
                        MorningBriefingJobTest.MODEL, false, manager(url, queue, 2)));
                double many = seconds(() -> Brief.run(LocalDate.of(2027, 6, 1).plusDays(roundDay()), input, output,
                        MorningBriefingJobTest.MODEL, false, manager(url, queue, 32)));
                System.out.printf("slices: 2 -> %.1f s, 32 -> %.1f s: %.0f ms a slice (messages, repository writes, the"
                        + " worker's listing and reading of the night's inputs)%n", few, many, (many - few) * 1000 / 30);
            }
        }
    }

    private int day;

    private int roundDay() {
        return day++;
    }

    private static Map<String, String> manager(String url, String queue, int partitions) {
        return Map.of("spring.profiles.active", "manager", "spring.datasource.url", url,
                "spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
                "spring.rabbitmq.host", "127.0.0.1", "nashra.distributed.queue", queue,
                "nashra.distributed.partitions", Integer.toString(partitions),
                "nashra.distributed.poll-interval", "200ms");
    }

    private static double seconds(java.util.function.Supplier<MorningBriefingJobTest.Outcome> run) {
        long start = System.nanoTime();
        MorningBriefingJobTest.Outcome outcome = run.get();
        if (outcome.exit() != 0) {
            throw new AssertionError(outcome.err());
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
