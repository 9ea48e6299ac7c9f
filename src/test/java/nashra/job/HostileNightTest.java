package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night of hostile input through the real job: every input ends in a digest or a reject with
 * its reason, nothing is written outside the output folder, and the counts are exact.
 */
class HostileNightTest {

    static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    @TempDir
    Path root;

    @Test
    void everyHostileInputEndsInADigestOrARejectAndNothingLeavesTheOutputFolder() throws Exception {
        Path input = root.resolve("input");
        Path output = root.resolve("output");
        Path outside = root.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("victim.json"), "untouched");
        List<HostileNight.Case> cases = HostileNight.write(input, outside);
        assertTrue(cases.stream().map(HostileNight.Case::kind).distinct().count() >= 30, "at least 30 kinds");

        MorningBriefingJobTest.Outcome brief = Brief.run(DATE, input, output, MorningBriefingJobTest.MODEL, false,
                Map.of("nashra.briefing.chunk-size", "4"));
        String said = brief.out() + brief.err();
        assertEquals(0, brief.exit(), said);

        Path run = output.resolve(DATE.toString());
        Map<String, String> outcomes = RunLedger.read(run.resolve(RunLedger.FILE));
        Map<String, String> reasons = Files.readAllLines(run.resolve("rejects.jsonl")).stream()
                .map(l -> tools.jackson.databind.json.JsonMapper.builder().build().readTree(l))
                .collect(Collectors.toMap(n -> n.get("origin").asString(), n -> n.get("reason").asString()));
        for (HostileNight.Case c : cases) {
            String outcome = outcomes.get(c.origin());
            assertNotNull(outcome, c.kind() + " (" + c.origin() + ") has no outcome");
            if (HostileNight.DIGEST.equals(c.expected())) {
                assertEquals(RunLedger.DIGEST, outcome, c.kind() + ": " + reasons.get(c.origin()));
            } else if (c.expected() != null) {
                assertEquals(c.expected(), reasons.get(c.origin()), c.kind());
            } else if (RunLedger.REJECTED.equals(outcome)) {
                assertFalse(reasons.get(c.origin()).isBlank(), c.kind());
            }
        }
        // Exact counts: every input once, whatever it was.
        long digests = outcomes.values().stream().filter(RunLedger.DIGEST::equals).count();
        assertEquals(cases.size(), outcomes.size(), "one outcome per input");
        assertTrue(said.contains(cases.size() + " read, " + digests + " written, " + (cases.size() - digests)
                + " rejected"), said);
        try (Stream<Path> files = Files.list(run.resolve("articles"))) {
            assertEquals(digests * 3, files.count(),
                    "three files per digest (JSON, Markdown, HTML), none overwritten by another");
        }

        // Nothing outside the output folder: the victim is untouched, and no other file appeared.
        assertEquals("untouched", Files.readString(outside.resolve("victim.json")));
        try (Stream<Path> top = Files.list(root)) {
            assertEquals(Set.of("input", "output", "outside"),
                    top.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        try (Stream<Path> o = Files.list(outside)) {
            assertEquals(List.of("victim.json"), o.map(p -> p.getFileName().toString()).toList());
        }
        try (Stream<Path> written = Files.walk(run)) {
            for (Path p : written.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                assertTrue(name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*"), "a safe file name: " + p);
            }
        }
        // Markup stays inert in every page.
        try (Stream<Path> pages = Files.walk(run)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                assertFalse(html.contains("<script"), page.toString());
                assertFalse(html.contains("<img"), page.toString());
                assertFalse(html.contains("http-equiv"), page.toString());
            }
        }
    }
}
