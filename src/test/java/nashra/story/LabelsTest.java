package nashra.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The committed story labels are well formed: each article labelled once, each event inside one
 * incident, and the second labelling covering exactly the evenings outside dev. A broken label
 * file would otherwise only show as odd figures in the evaluation.
 */
class LabelsTest {

    private static List<String[]> rows(String resource, int columns) throws IOException {
        try (InputStream in = LabelsTest.class.getResourceAsStream(resource)) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                assertEquals(columns, f.length, resource + ": " + line);
                if (!f[0].equals("article")) {
                    out.add(f);
                }
            }
            return out;
        }
    }

    /** Each article once; each event in one incident. */
    private static void wellFormed(List<String[]> rows, int event, int incident, String name) {
        Map<String, String> incidentOf = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String[] r : rows) {
            assertTrue(seen.add(r[0]), name + ": " + r[0] + " labelled twice");
            String before = incidentOf.putIfAbsent(r[event], r[incident]);
            assertTrue(before == null || before.equals(r[incident]),
                    name + ": event " + r[event] + " in incidents " + before + " and " + r[incident]);
        }
    }

    @Test
    void theFirstLabelsAndTheSecondAreWellFormedAndCoverTheSameEvenings() throws IOException {
        List<String[]> first = rows("/nashra/story/labels/events.tsv", 5);
        List<String[]> second = rows("/nashra/story/labels/second.tsv", 4);
        assertEquals(1932, first.size());
        wellFormed(first, 3, 4, "events.tsv");
        wellFormed(second, 2, 3, "second.tsv");
        Map<String, String> splitOf = first.stream().collect(Collectors.toMap(r -> r[0], r -> r[2]));
        Set<String> outsideDev = first.stream().filter(r -> !r[2].equals("dev")).map(r -> r[0]).collect(Collectors.toSet());
        for (String[] r : second) {
            assertTrue(outsideDev.contains(r[0]), r[0] + " is not labelled outside dev: " + splitOf.get(r[0]));
        }
        assertEquals(outsideDev.size(), second.size(), "the second labelling covers every article outside dev");
        assertNull(splitOf.get("article"));
    }
}
