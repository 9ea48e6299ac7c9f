package nashra.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nashra.article.Origin;
import nashra.article.Rejected;
import nashra.article.RejectedInputException;
import nashra.digest.ArticleDigest;
import nashra.digest.AtomicFiles;
import nashra.digest.DigestFiles;
import nashra.digest.HtmlFormat;
import nashra.digest.JsonFormat;
import nashra.digest.MarkdownFormat;
import nashra.digest.VectorFile;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Step 1's writer: each article's digest as JSON, Markdown and HTML under {@code <date>/articles/},
 * then one ledger line per article, so a restart knows it is done.
 *
 * <p>Each digest is rendered before anything is written. A digest that cannot be rendered is a
 * problem of that input, and becomes a reject with its reason (the step retries the chunk item by
 * item and skips it); a file that cannot be written is a problem of the machine (a full disk),
 * which stops the run so it can be fixed and resumed.
 */
final class DigestItemWriter implements ItemWriter<ArticleDigest> {

    private final StepFolders folders;
    private final Progress progress;
    private final DigestVectors vectors;

    /** @param vectors keeps each digest's sentence vectors for step 2, or null not to */
    DigestItemWriter(StepFolders folders, Progress progress, DigestVectors vectors) {
        this.folders = folders;
        this.progress = progress;
        this.vectors = vectors;
    }

    private record Rendered(ArticleDigest digest, String name, String html, String markdown, String json,
            byte[] vectors) {
    }

    @Override
    public void write(Chunk<? extends ArticleDigest> chunk) throws IOException {
        List<Rendered> rendered = new ArrayList<>(chunk.size());
        for (ArticleDigest digest : chunk) {
            // Outside render: an embedding failure is the model's, which stops the run, not a reject.
            rendered.add(render(digest, vectors == null ? null : vectors.of(digest)));
        }
        Path articles = folders.get().articles();
        List<Map.Entry<String, String>> done = new ArrayList<>(rendered.size());
        for (Rendered r : rendered) {
            // HTML and Markdown first: the JSON is what step 2 reads, so it comes last.
            AtomicFiles.writeString(DigestFiles.inside(articles, r.name() + ".html"), r.html());
            AtomicFiles.writeString(DigestFiles.inside(articles, r.name() + ".md"), r.markdown());
            if (r.vectors() != null) {
                AtomicFiles.writeBytes(DigestFiles.inside(articles, r.name() + "." + VectorFile.EXTENSION), r.vectors());
            }
            AtomicFiles.writeString(DigestFiles.inside(articles, r.name() + ".json"), r.json());
            done.add(new AbstractMap.SimpleEntry<>(r.digest().origin(), r.name()));
        }
        new RunLedger(folders.get().ledger()).digested(done);
        progress.written(chunk.size(), chunk.getItems().stream().mapToInt(d -> d.sentences().size()).sum());
    }

    private static Rendered render(ArticleDigest digest, byte[] vectors) {
        try {
            return new Rendered(digest, DigestFiles.name(digest.id()), HtmlFormat.article(digest),
                    MarkdownFormat.article(digest), JsonFormat.write(digest), vectors);
        } catch (RuntimeException e) {
            throw new RejectedInputException(new Rejected(Origin.parse(digest.origin()), Rejected.UNWRITABLE,
                    e.toString()));
        }
    }
}
