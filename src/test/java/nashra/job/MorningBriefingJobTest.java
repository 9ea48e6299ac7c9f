package nashra.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nashra.article.Article;
import nashra.article.ArticleSource;
import nashra.article.ReadResult;
import nashra.digest.ArticleDigest;
import nashra.digest.Briefing;
import nashra.digest.StoryDigest;
import nashra.digest.JsonFormat;
import nashra.digest.SentencePair;
import nashra.text.TextPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real job over jobs/samples: Spring context, H2 job repository, the tiny translation model
 * and the real MiniLM embedder. Checks what an analyst would read, not only that files exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MorningBriefingJobTest {

    static final Path SAMPLES = Path.of("jobs/samples");
    static final Path MODEL = Path.of(System.getProperty("nashra.test.model", "src/test/resources/models/marian-tiny"));
    static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    /** One output folder for the whole class: the briefing runs once and every test reads it. */
    @TempDir
    static Path output;

    private Outcome first;

    record Outcome(int exit, String out, String err) {
    }

    Outcome brief(LocalDate date, Path model, boolean redo) {
        return brief(date, model, redo, Map.of("nashra.briefing.threads", "2"));
    }

    Outcome brief(LocalDate date, Path model, boolean redo, Map<String, String> extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BriefingLauncher.run(new BriefingLauncher.Request(Path.of("jobs/morning-briefing.yml"), date, SAMPLES,
                        output, model, redo, extra),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    void runTheBriefingOnce() {
        first = brief(DATE, MODEL, false);
    }

    private Path run() {
        return output.resolve(DATE.toString());
    }

    private List<ArticleDigest> digests() throws Exception {
        try (Stream<Path> files = Files.list(run().resolve("articles"))) {
            List<ArticleDigest> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(JsonFormat.read(Files.readString(f), ArticleDigest.class));
            }
            return out;
        }
    }

    @Test
    void everyInputEndsInADigestOrTheRejectsReport() throws Exception {
        assertEquals(0, first.exit(), first.err());
        List<ReadResult> inputs = new ArticleSource().read(SAMPLES);
        long articles = inputs.stream().filter(r -> r instanceof Article).count();
        long rejected = inputs.size() - articles;
        assertTrue(first.out().contains(inputs.size() + " read, " + articles + " written, " + rejected + " rejected"),
                first.out());
        assertEquals(articles, digests().size());
        List<String> rejects = Files.readAllLines(run().resolve("rejects.jsonl"));
        assertEquals(rejected, rejects.size());
        JsonMapper json = JsonMapper.builder().build();
        Set<String> reasons = rejects.stream().map(l -> json.readTree(l).get("reason").asString()).collect(Collectors.toSet());
        assertTrue(reasons.containsAll(Set.of("unparsable JSON line", "not Arabic", "empty after cleaning", "duplicate")),
                reasons.toString());
        for (String line : rejects) {
            JsonNode node = json.readTree(line);
            assertTrue(Files.exists(Path.of(node.get("origin").asString().replaceAll(":\\d+$", ""))), line);
        }
    }

    @Test
    void digestsPairEveryCleanedArabicSentenceWithItsEnglish() throws Exception {
        TextPipeline pipeline = new TextPipeline();
        Map<String, Article> byId = new ArticleSource().read(SAMPLES).stream().filter(r -> r instanceof Article)
                .map(r -> (Article) r).collect(Collectors.toMap(Article::id, a -> a));
        for (ArticleDigest d : digests()) {
            Article article = byId.get(d.id());
            assertEquals(ArticleDigest.SCHEMA, d.schema());
            List<String> expected = pipeline.clean(article.body()).sentences().stream().map(s -> s.text()).toList();
            assertEquals(expected, d.sentences().stream().map(SentencePair::ar).toList(), "no sentence lost in " + d.id());
            for (SentencePair pair : d.sentences()) {
                assertFalse(pair.en().isBlank(), "English for: " + pair.ar());
            }
            assertFalse(d.title().en().isBlank());
            assertFalse(d.title().ar().isBlank());
            assertEquals(Math.min(3, d.sentences().size()), d.summary().size(), d.id());
            assertEquals(d.summary().stream().sorted().toList(), d.summary(), "summary in article order");
            assertFalse(d.model().revision().isBlank());
            String html = Files.readString(run().resolve("articles/" + d.id() + ".html"));
            assertTrue(html.contains("id=\"s" + d.sentences().size() + "\""), "every sentence pair on the page");
            assertTrue(Files.exists(run().resolve("articles/" + d.id() + ".md")));
        }
    }

    @Test
    void markupInsideAnArticleShowsAsTextAndNeverRuns() throws Exception {
        boolean sawScriptText = false;
        for (ArticleDigest d : digests()) {
            String html = Files.readString(run().resolve("articles/" + d.id() + ".html"));
            assertFalse(html.contains("<script"), "no script element in " + d.id());
            sawScriptText |= html.contains("&lt;script&gt;");
        }
        assertTrue(sawScriptText, "the sample with markup in its text shows it escaped");
    }

    @Test
    void theBriefingListsEveryArticleWithItsSummary() throws Exception {
        Briefing briefing = JsonFormat.read(Files.readString(run().resolve("briefing.json")), Briefing.class);
        assertEquals(Briefing.SCHEMA, briefing.schema());
        assertEquals(DATE.toString(), briefing.runDate());
        assertEquals(digests().size(), briefing.articleCount());
        assertEquals(briefing.counts().read(), briefing.counts().written() + briefing.counts().rejected());
        for (Briefing.StoryEntry story : briefing.allStories()) {
            assertFalse(story.summary().isEmpty());
            assertTrue(Files.exists(run().resolve(story.digest() + ".html")));
            for (Briefing.Entry e : story.articles()) {
                assertFalse(e.summary().isEmpty());
                assertTrue(Files.exists(run().resolve(e.digest() + ".html")));
            }
        }
        String html = Files.readString(run().resolve("briefing.html"));
        assertTrue(html.contains("dir=\"rtl\"") && html.contains("rejected"));
        assertTrue(Files.readString(run().resolve("briefing.md")).startsWith("# Morning briefing, " + DATE));
    }

    @Test
    void theNightsArticlesAreGroupedIntoStoriesEachArticleInOne() throws Exception {
        Briefing briefing = JsonFormat.read(Files.readString(run().resolve("briefing.json")), Briefing.class);
        List<String> members = briefing.allStories().stream().flatMap(st -> st.articles().stream()).map(Briefing.Entry::id)
                .sorted().toList();
        assertEquals(digests().stream().map(ArticleDigest::id).sorted().toList(), members, "every digest in exactly one story");

        // The Baghdad explosion: a wire copy and a newspaper that reprinted it with small edits.
        Briefing.StoryEntry baghdad = briefing.allStories().stream()
                .filter(st -> st.articles().stream().anyMatch(a -> a.source().equals("صحيفة الرافدين"))).findFirst()
                .orElseThrow();
        assertEquals(Set.of("صحيفة الرافدين", "رويترز"),
                baghdad.articles().stream().map(Briefing.Entry::source).collect(Collectors.toSet()));
        assertEquals(2, baghdad.sourceCount());
        StoryDigest.Sentence shared = baghdad.summary().stream().filter(s -> s.articleIds().size() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("no summary sentence cites both outlets: " + baghdad.summary()));
        assertEquals(2, shared.sources().size());
        assertEquals(1, baghdad.summary().stream().filter(s -> s.ar().equals(shared.ar())).count(), "said once");

        // Incidents first, each with two stories or more inside; then the stories of no incident:
        // multi-article stories first, by outlets, then recency; single articles after them.
        for (Briefing.IncidentEntry incident : briefing.incidents()) {
            assertTrue(incident.stories().size() >= 2, incident.id());
            assertEquals(incident.stories().size(), incident.storyCount());
            incident.stories().forEach(st -> assertEquals(incident.id(), st.incident()));
        }
        briefing.stories().forEach(st -> assertEquals(null, st.incident()));
        List<Integer> sizes = briefing.stories().stream().map(st -> st.articles().size() > 1 ? 0 : 1).toList();
        assertEquals(sizes.stream().sorted().toList(), sizes, "single-article stories come last: " + sizes);

        Path stories = run().resolve("stories");
        try (Stream<Path> files = Files.list(stories)) {
            assertEquals(3L * briefing.allStories().size(), files.count(), "JSON, Markdown and HTML per story, nothing else");
        }
        for (Briefing.StoryEntry entry : briefing.allStories()) {
            StoryDigest story = JsonFormat.read(Files.readString(run().resolve(entry.digest() + ".json")), StoryDigest.class);
            assertEquals(StoryDigest.SCHEMA, story.schema());
            assertEquals(entry.id(), story.id());
            for (StoryDigest.Source src : story.sources()) {
                assertTrue(Files.exists(stories.resolve(src.digest() + ".html").normalize()), src.digest());
            }
            String html = Files.readString(run().resolve(entry.digest() + ".html"));
            assertFalse(html.contains("<script"), "no script element in story " + story.id());
            assertTrue(Files.readString(run().resolve(entry.digest() + ".md")).startsWith("# "));
        }
    }

    @Test
    void theNextNightMarksWhatContinuesWithALinkToTheEarlierStory() throws Exception {
        // The same samples the next night: every story carries on from the one before. A broken
        // story file in an older briefing is left out and stops nothing.
        LocalDate next = DATE.plusDays(1);
        Path older = output.resolve(DATE.minusDays(1).toString()).resolve("stories");
        Files.createDirectories(older);
        Files.writeString(older.resolve("0000000000000000.json"), "{ not json");
        Outcome outcome = brief(next, MODEL, false);
        assertEquals(0, outcome.exit(), outcome.err());
        Path nextRun = output.resolve(next.toString());
        Briefing briefing = JsonFormat.read(Files.readString(nextRun.resolve("briefing.json")), Briefing.class);
        Briefing earlier = JsonFormat.read(Files.readString(run().resolve("briefing.json")), Briefing.class);
        Set<String> earlierIds = earlier.allStories().stream().map(Briefing.StoryEntry::id).collect(Collectors.toSet());
        assertFalse(briefing.allStories().isEmpty());
        for (Briefing.StoryEntry st : briefing.allStories()) {
            assertTrue(st.continuation().continuing(), st.id() + " " + st.continuation());
            assertEquals(DATE.toString(), st.continuation().date());
            assertTrue(earlierIds.contains(st.continuation().storyId()), st.continuation().storyId());
            assertTrue(Files.exists(nextRun.resolve(st.continuation().digest() + ".html").normalize()),
                    "the link leads to the earlier story page");
            String page = Files.readString(nextRun.resolve(st.digest() + ".html"));
            assertTrue(page.contains("Continues <a href=\"../" + st.continuation().digest() + ".html\">"), page);
        }
        assertTrue(Files.readString(nextRun.resolve("briefing.html")).contains("class=\"continues\""));
        earlier.allStories().forEach(st -> assertEquals("new", st.continuation().status(), "nothing before the first night"));
    }

    @Test
    void aCompletedDateIsLeftAloneUnlessRedoIsAsked() throws Exception {
        Path index = run().resolve("briefing.json");
        FileTime before = Files.getLastModifiedTime(index);
        Outcome again = brief(DATE, MODEL, false);
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("already complete"), again.out());
        assertEquals(before, Files.getLastModifiedTime(index));

        Path otherDate = output.resolve("2026-11-19");
        Files.createDirectories(otherDate);
        Files.writeString(otherDate.resolve("keep.txt"), "another day");
        Outcome redo = brief(DATE, MODEL, true);
        assertEquals(0, redo.exit(), redo.err());
        assertTrue(redo.out().contains(" written, "), redo.out());
        assertEquals("another day", Files.readString(otherDate.resolve("keep.txt")), "redo touches nothing else");
        assertEquals(digests().size(), JsonFormat.read(Files.readString(index), Briefing.class).articleCount());
    }

    @Test
    void aBrokenStorySettingStopsTheRunBeforeAnyArticleIsRead() {
        LocalDate date = LocalDate.of(2026, 11, 17);
        Outcome outcome = brief(date, MODEL, false, Map.of("nashra.briefing.story-threshold", "1.5"));
        assertEquals(1, outcome.exit());
        assertTrue(outcome.err().contains("story-threshold must be above 0 and at most 1"), outcome.err());
        assertEquals(1, outcome.err().strip().lines().count(), "one message: " + outcome.err());
        Outcome notANumber = brief(date, MODEL, false, Map.of("nashra.briefing.story-threshold", "high"));
        assertEquals(1, notANumber.exit());
        assertTrue(notANumber.err().contains("nashra.briefing.story-threshold cannot be used"), notANumber.err());
        assertEquals(1, notANumber.err().strip().lines().count(), "one message: " + notANumber.err());
        assertFalse(Files.exists(output.resolve(date.toString())), "nothing was read or written");
    }

    @Test
    void aMissingModelStopsTheRunBeforeAnyArticleIsRead() {
        LocalDate date = LocalDate.of(2026, 11, 18);
        Outcome outcome = brief(date, output.resolve("no-model-here"), false);
        assertEquals(1, outcome.exit());
        assertTrue(outcome.err().contains("does not exist") && outcome.err().contains("--model-dir"), outcome.err());
        assertEquals(1, outcome.err().strip().lines().count(), "one message: " + outcome.err());
        assertFalse(Files.exists(output.resolve(date.toString())), "nothing was read or written");
    }
}
