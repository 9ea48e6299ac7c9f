package nashra.story;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes each labelled article's title and first two sentences, cleaned as the job cleans them,
 * one article per line (id, title, sentence 1, sentence 2), so that readers can translate what
 * the job would translate. Args: the shared folder, the output file. The output holds corpus
 * text: it stays outside the repository.
 */
public final class LeadExport {

    private LeadExport() {
    }

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(args[0]).resolve("eval");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("id\tdate\ttitle\ts1\ts2");
            StoryEvaluation.probe(eval, null, (evening, events, incidents) -> {
                for (StoryArticle a : evening) {
                    List<String> s = a.sentencesAr();
                    out.println(a.id() + "\t" + a.published() + "\t" + clean(a.titleAr()) + "\t"
                            + (s.size() > 0 ? clean(s.get(0)) : "") + "\t" + (s.size() > 1 ? clean(s.get(1)) : ""));
                }
            });
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
