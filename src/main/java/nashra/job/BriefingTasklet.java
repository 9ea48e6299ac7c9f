package nashra.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nashra.digest.ArticleDigest;
import nashra.digest.AtomicFiles;
import nashra.digest.Briefing;
import nashra.digest.HtmlFormat;
import nashra.digest.JsonFormat;
import nashra.digest.MarkdownFormat;
import nashra.digest.ModelInfo;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 2: the run's briefing (JSON, Markdown, HTML) from the article digests step 1 wrote. */
final class BriefingTasklet implements Tasklet {

    private final RunFolders folders;
    private final ModelInfo model;
    private final Path input;

    BriefingTasklet(RunFolders folders, ModelInfo model, Path input) {
        this.folders = folders;
        this.model = model;
        this.input = input;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<ArticleDigest> digests = readDigests(folders.articles());
        RunCounts counts = RunCounts.measure(folders, input);
        List<Briefing.Entry> entries = new ArrayList<>();
        for (ArticleDigest d : digests) {
            entries.add(Briefing.Entry.of(d, "articles/" + d.id()));
        }
        Briefing briefing = new Briefing(Briefing.SCHEMA, folders.date().toString(), Instant.now().toString(), model,
                new Briefing.Counts((int) counts.read(), (int) counts.written(), (int) counts.rejected()), entries);
        AtomicFiles.writeString(folders.run().resolve("briefing.json"), JsonFormat.write(briefing));
        AtomicFiles.writeString(folders.run().resolve("briefing.md"), MarkdownFormat.briefing(briefing));
        AtomicFiles.writeString(folders.run().resolve("briefing.html"), HtmlFormat.briefing(briefing));
        return RepeatStatus.FINISHED;
    }

    /** Newest first; articles without a date after the dated ones, then by id for a stable order. */
    static List<ArticleDigest> readDigests(Path articles) throws IOException {
        if (!Files.isDirectory(articles)) {
            return List.of();
        }
        List<ArticleDigest> digests = new ArrayList<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                digests.add(JsonFormat.read(Files.readString(file, StandardCharsets.UTF_8), ArticleDigest.class));
            }
        }
        digests.sort(Comparator.comparing(ArticleDigest::published, Comparator.reverseOrder())
                .thenComparing(ArticleDigest::id));
        return digests;
    }
}
