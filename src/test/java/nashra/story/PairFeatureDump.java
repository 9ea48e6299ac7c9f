package nashra.story;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every pair of each dev evening with the grouper's pair features and its gold labels
 * (same event, same incident), for fitting and checking the pair scores outside Java.
 * Args: the shared folder, the output file, and the split (dev unless named; "all" for every
 * evening).
 */
public final class PairFeatureDump {

    private PairFeatureDump() {
    }

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(args[0]).resolve("eval");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("evening\ta\tb\tevent\tincident\tpair\teventScore\tother\tincidentScore\ttext\tsalient\tlead"
                    + "\tleadCosine\tdifferentActors\tjaccard\tsameSource\tanchors\tdifferentPlaces\tsameParties\tsameReport\tcosine");
            String split = args.length > 2 ? args[2] : "dev";
            StoryEvaluation.probe(eval, split.equals("all") ? null : split, (evening, events, incidents) -> {
                double[][][] s = new StoryGrouper().scores(evening);
                for (int i = 0; i < evening.size(); i++) {
                    for (int j = i + 1; j < evening.size(); j++) {
                        StoryArticle a = evening.get(i);
                        StoryArticle b = evening.get(j);
                        StringBuilder row = new StringBuilder(a.published() + "\t" + a.id() + "\t" + b.id() + "\t"
                                + (events.get(a.id()).equals(events.get(b.id())) ? 1 : 0) + "\t"
                                + (incidents.get(a.id()).equals(incidents.get(b.id())) ? 1 : 0));
                        for (double f : s[i][j]) {
                            row.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", f));
                        }
                        row.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f",
                                StoryGrouper.cosine(a.vector(), b.vector())));
                        out.println(row);
                    }
                }
            });
        }
    }
}
