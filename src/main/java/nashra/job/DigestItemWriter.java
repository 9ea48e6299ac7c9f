package nashra.job;

import java.io.IOException;
import java.nio.file.Path;
import nashra.digest.ArticleDigest;
import nashra.digest.AtomicFiles;
import nashra.digest.HtmlFormat;
import nashra.digest.JsonFormat;
import nashra.digest.MarkdownFormat;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Step 1's writer: each article's digest as JSON, Markdown and HTML under {@code <date>/articles/}. */
final class DigestItemWriter implements ItemWriter<ArticleDigest> {

    private final Path articles;
    private final Progress progress;

    DigestItemWriter(Path articles, Progress progress) {
        this.articles = articles;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends ArticleDigest> chunk) throws IOException {
        for (ArticleDigest digest : chunk) {
            // HTML and Markdown first: the JSON is what step 2 and restarts look for, so it comes last.
            AtomicFiles.writeString(articles.resolve(digest.id() + ".html"), HtmlFormat.article(digest));
            AtomicFiles.writeString(articles.resolve(digest.id() + ".md"), MarkdownFormat.article(digest));
            AtomicFiles.writeString(articles.resolve(digest.id() + ".json"), JsonFormat.write(digest));
        }
        progress.written(chunk.size(), chunk.getItems().stream().mapToInt(d -> d.sentences().size()).sum());
    }
}
