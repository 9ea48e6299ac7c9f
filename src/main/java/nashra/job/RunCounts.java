package nashra.job;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nashra.article.ArticleSource;
import nashra.article.Origin;

/**
 * A run's accounting, taken from the run's ledger and the input folder rather than from step
 * counters: counters of a failed attempt and of its restart overlap (a rolled-back chunk is read
 * twice), the ledger does not.
 *
 * @param read inputs the run has seen: those in the input folder now, and those the ledger
 *     lists that have since left it (a file deleted mid-run was still read, or rejected)
 * @param written inputs that became a digest
 * @param rejected inputs that were rejected
 * @param missing inputs in the folder with neither a digest nor a reject (empty unless something
 *     was lost, or an input arrived after step 1 went past)
 */
record RunCounts(long read, long written, long rejected, List<String> missing) {

    /** Inputs that are neither a digest nor a reject; zero unless something was lost. */
    long unaccounted() {
        return missing.size();
    }

    static RunCounts measure(ArticleSource source, RunFolders folders, Path input) {
        Map<String, String> outcomes = RunLedger.read(folders.ledger());
        Set<String> listed = new LinkedHashSet<>();
        for (Origin origin : source.origins(input)) {
            listed.add(origin.toString());
        }
        Set<String> seen = new LinkedHashSet<>(listed);
        seen.addAll(outcomes.keySet());
        long written = outcomes.values().stream().filter(RunLedger.DIGEST::equals).count();
        long rejected = outcomes.values().stream().filter(RunLedger.REJECTED::equals).count();
        List<String> missing = listed.stream().filter(o -> !outcomes.containsKey(o)).toList();
        return new RunCounts(seen.size(), written, rejected, missing);
    }
}
