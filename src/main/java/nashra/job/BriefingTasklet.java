package nashra.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nashra.article.ArticleSource;
import nashra.digest.ArticleDigest;
import nashra.digest.AtomicFiles;
import nashra.digest.DigestFiles;
import nashra.digest.Briefing;
import nashra.digest.HtmlFormat;
import nashra.digest.JsonFormat;
import nashra.digest.MarkdownFormat;
import nashra.digest.ModelInfo;
import nashra.digest.StoryDigest;
import nashra.story.Stories;
import nashra.summarize.KnownVectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 2: groups the article digests step 1 wrote into stories, writes a digest per story
 * (JSON, Markdown, HTML under {@code stories/}) and the run's briefing. It reads everything from
 * disk, so a restart or a rerun rebuilds the same stories from the same digests.
 */
final class BriefingTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final RunFolders folders;
    private final ModelInfo model;
    private final Path input;
    private final Stories stories;
    private final ArticleSource source;
    private final DigestVectors vectors;

    /** How many earlier dates' briefings are searched for the stories tonight's continue. */
    static final int EARLIER_DAYS = 3;

    /** @param vectors reads the sentence vectors step 1 kept, or null to embed everything here */
    BriefingTasklet(RunFolders folders, ModelInfo model, Path input, Stories stories, ArticleSource source,
            DigestVectors vectors) {
        this.vectors = vectors;
        this.folders = folders;
        this.model = model;
        this.input = input;
        this.stories = stories;
        this.source = source;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunCounts counts = RunCounts.measure(source, folders, input);
        if (counts.unaccounted() != 0) {
            // Never recorded complete with an input missing: the step fails, and running the same
            // command again reads what step 1 has not (an input that arrived late, say).
            throw new UnaccountedInputsException(counts.missing());
        }
        List<ArticleDigest> digests = readDigests(folders.articles());
        LOG.info("briefing: grouping {} digests into stories", digests.size());
        Map<String, ArticleDigest> byId = new LinkedHashMap<>();
        digests.forEach(d -> byId.put(d.id(), d));

        long start = System.nanoTime();
        KnownVectors known = vectors == null || stories.embedder() == null ? null
                : vectors.reading(folders.articles(), digests);
        List<StoryDigest> grouped = (known == null ? stories : stories.reusing(known)).of(digests, earlierStories());
        LOG.info("stories: {} articles in {} stories ({} reported by several outlets), {} s{}", digests.size(),
                grouped.size(), grouped.stream().filter(st -> st.sources().size() > 1).count(),
                String.format("%.1f", (System.nanoTime() - start) / 1e9),
                known == null ? "" : "; sentence vectors: " + known.reused() + " kept from step 1, " + known.embedded()
                        + " embedded");
        Set<String> written = new HashSet<>();
        for (StoryDigest story : grouped) {
            writeStory(story, byId);
            written.add(story.id());
            // Article pages were written before stories existed: again, now with a link to their story.
            for (String id : story.articleIds()) {
                ArticleDigest member = byId.get(id);
                if (member != null) {
                    AtomicFiles.writeString(DigestFiles.file(folders.articles(), id, "html"), HtmlFormat.article(member, story));
                }
            }
        }
        removeStale(written);

        ModelInfo model = this.model != null ? this.model
                : digests.isEmpty() ? new ModelInfo("unknown", "") : digests.get(0).model();
        Briefing briefing = Briefing.of(folders.date().toString(), Instant.now().toString(), model,
                new Briefing.Counts((int) counts.read(), (int) counts.written(), (int) counts.rejected()), grouped, byId);
        AtomicFiles.writeString(folders.run().resolve("briefing.json"), JsonFormat.write(briefing));
        AtomicFiles.writeString(folders.run().resolve("briefing.md"), MarkdownFormat.briefing(briefing));
        AtomicFiles.writeString(folders.run().resolve("rejects.html"),
                HtmlFormat.rejects(folders.date().toString(), RejectsPage.rows(folders.rejects(), input)));
        AtomicFiles.writeString(folders.run().resolve("briefing.html"), HtmlFormat.briefing(briefing, byId));
        return RepeatStatus.FINISHED;
    }

    private void writeStory(StoryDigest story, Map<String, ArticleDigest> byId) throws IOException {
        Path dir = folders.stories();
        AtomicFiles.writeString(DigestFiles.inside(dir, story.id() + ".json"), JsonFormat.write(story));
        AtomicFiles.writeString(DigestFiles.inside(dir, story.id() + ".md"), MarkdownFormat.story(story));
        AtomicFiles.writeString(DigestFiles.inside(dir, story.id() + ".html"), HtmlFormat.story(story, byId));
    }

    /**
     * The stories of the briefings of the {@link #EARLIER_DAYS} days before this run's date, read
     * from the output folder (the folder is the memory: no other store). A story file or member
     * digest that cannot be read is left out with a warning: an old file never stops tonight's run.
     */
    private List<Stories.Earlier> earlierStories() {
        List<Stories.Earlier> out = new ArrayList<>();
        for (int back = 1; back <= EARLIER_DAYS; back++) {
            RunFolders before = new RunFolders(folders.output(), folders.date().minusDays(back), false);
            if (!Files.isDirectory(before.stories())) {
                continue;
            }
            try (Stream<Path> files = Files.list(before.stories())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    try {
                        StoryDigest story = JsonFormat.read(Files.readString(file, StandardCharsets.UTF_8),
                                StoryDigest.class);
                        List<ArticleDigest> members = new ArrayList<>();
                        for (String id : story.articleIds()) {
                            Path digest = DigestFiles.file(before.articles(), id, "json");
                            members.add(JsonFormat.read(Files.readString(digest, StandardCharsets.UTF_8),
                                    ArticleDigest.class));
                        }
                        out.add(new Stories.Earlier(before.date().toString(), story, members));
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("earlier story {} left out of the continuation check: {}", file, e.getMessage());
                    }
                }
            } catch (IOException e) {
                LOG.warn("earlier briefing {} left out of the continuation check: {}", before.run(), e.getMessage());
            }
        }
        return out;
    }

    /** Story files of an earlier attempt whose membership changed (a restart digested more articles). */
    private void removeStale(Set<String> current) throws IOException {
        if (!Files.isDirectory(folders.stories())) {
            return;
        }
        try (Stream<Path> files = Files.list(folders.stories())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (!current.contains(dot < 0 ? name : name.substring(0, dot))) {
                    Files.delete(file);
                }
            }
        }
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
