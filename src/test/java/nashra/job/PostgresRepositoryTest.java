package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-machine job with PostgreSQL as its job repository, configuration alone as the
 * README says: a real PostgreSQL server (binaries from Maven Central), the tables created on first
 * use, the run recorded there, and a completed date recognised on the next run.
 */
class PostgresRepositoryTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 26);

    @TempDir
    Path output;

    private MorningBriefingJobTest.Outcome brief(String url) {
        return Brief.run(DATE, MorningBriefingJobTest.SAMPLES, output, MorningBriefingJobTest.MODEL, false,
                Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                        "spring.datasource.password", "postgres"));
    }

    @Test
    void theJobRecordsItsRunsInPostgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            MorningBriefingJobTest.Outcome first = brief(url);
            assertEquals(0, first.exit(), first.err());
            assertTrue(first.out().contains("11 read, 7 written, 4 rejected"), first.out());
            assertTrue(Files.exists(output.resolve(DATE + "/briefing.html")));
            assertTrue(Files.notExists(output.resolve(".nashra/jobs.mv.db")), "no H2 file: the repository is PostgreSQL");
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    ResultSet rs = c.createStatement().executeQuery(
                            "select e.status, count(s.step_execution_id) from batch_job_execution e"
                                    + " join batch_step_execution s on s.job_execution_id = e.job_execution_id"
                                    + " group by e.job_execution_id, e.status")) {
                assertTrue(rs.next());
                assertEquals("COMPLETED", rs.getString(1));
                assertEquals(2, rs.getInt(2), "both steps recorded");
            }
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    ResultSet rs = c.createStatement().executeQuery("select count(*) from nashra_translation_memory")) {
                assertTrue(rs.next());
                assertTrue(rs.getInt(1) > 0, "the translation memory is kept in the same database");
            }
            MorningBriefingJobTest.Outcome again = brief(url);
            assertEquals(0, again.exit(), again.err());
            assertTrue(again.out().contains("already complete"), again.out());
        }
    }
}
