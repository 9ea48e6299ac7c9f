package nashra.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nashra.text.TextPipeline;

/** The Arabic sentences the briefing would translate, for the commands that measure translation. */
public final class ArticleTexts {

    private ArticleTexts() {
    }

    /**
     * The sentences of every article under a path (a file or a folder, any input format the
     * briefing reads), title first, cleaned and split as the briefing does; rejected inputs are skipped.
     */
    public static List<String> sentences(Path path, TextPipeline pipeline) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + " does not exist: name a file or a folder of articles");
        }
        ArticleSource source = new ArticleSource(ReadLimits.DEFAULT, pipeline);
        List<ReadResult> read = Files.isDirectory(path) ? source.read(path) : source.readFile(path);
        List<String> out = new ArrayList<>();
        for (ReadResult r : read) {
            if (r instanceof Article a) {
                if (a.title() != null && !a.title().isBlank()) {
                    out.add(a.title().strip());
                }
                pipeline.clean(a.body()).sentences().forEach(s -> out.add(s.text()));
            }
        }
        return out;
    }
}
