package nashra.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestFormatsTest {

    static ArticleDigest sample() {
        return new ArticleDigest(ArticleDigest.SCHEMA, "a1b2c3d4e5f60718", "وكالة الأنباء", "javascript:alert(1)",
                "2026-11-20", "samples/one.txt:1",
                new Bilingual("الوزير يزور <b>القاهرة</b>", "Minister visits <b>Cairo</b>"),
                List.of(new SentencePair(0, "وصل الوزير إلى القاهرة.", "The minister arrived in Cairo.", List.of()),
                        new SentencePair(1, "<script>alert('ar')</script> قال الوزير.", "<script>alert('x')</script> the minister said.",
                                List.of("REPETITION")),
                        new SentencePair(2, "وأكد | الدعم.", "He confirmed *the* | support.", List.of())),
                List.of(0, 1), new ModelInfo("marian-tiny", "abc123"));
    }

    @Test
    void htmlShowsMarkupAsTextAndDropsScriptLinks() {
        String html = HtmlFormat.article(sample());
        assertFalse(html.contains("<script>"), "article text must never become a script");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"));
        assertTrue(html.contains("dir=\"rtl\""));
        assertTrue(html.contains("The minister arrived in Cairo."));
        assertTrue(html.contains("class=\"flag\">repetition"));
        assertFalse(html.contains("http"), "no network requests, no external resources");
    }

    @Test
    void emptyFieldsLeaveNoEmptyLinksOrSeparators() {
        ArticleDigest d = sample();
        ArticleDigest bare = new ArticleDigest(d.schema(), d.id(), "", "", "", "", d.title(), d.sentences(), d.summary(),
                d.model());
        String html = HtmlFormat.article(bare);
        assertFalse(html.contains("original article"), "no link without a URL");
        assertFalse(html.contains(" · "), "no separators around missing fields");
        StoryDigest story = new nashra.story.StorySummary().build(List.of(bare));
        String briefing = HtmlFormat.briefing(new Briefing(Briefing.SCHEMA, "2026-11-20", "now", d.model(),
                new Briefing.Counts(1, 1, 0), List.of(), List.of(Briefing.StoryEntry.of(story, List.of(Briefing.Entry.of(bare,
                        "articles/x"))))), java.util.Map.of(bare.id(), bare));
        assertFalse(briefing.contains("see rejects.jsonl"), "nothing rejected, nothing to see");
        assertFalse(briefing.contains("0 flagged"));
    }

    @Test
    void pagesFetchNothing() {
        ArticleDigest d = sample();
        StoryDigest story = new nashra.story.StorySummary().build(List.of(d));
        Briefing briefing = new Briefing(Briefing.SCHEMA, "2026-11-20", "now", d.model(), new Briefing.Counts(1, 1, 0),
                List.of(), List.of(Briefing.StoryEntry.of(story, List.of(Briefing.Entry.of(d, "articles/" + d.id())))));
        for (String html : List.of(HtmlFormat.article(d), HtmlFormat.story(story, java.util.Map.of(d.id(), d)),
                HtmlFormat.briefing(briefing, java.util.Map.of(d.id(), d)))) {
            String lower = html.toLowerCase(java.util.Locale.ROOT);
            for (String fetch : List.of("<script", "<link", "<img", "<iframe", "src=", "@import", "url(", "@font-face")) {
                assertFalse(lower.contains(fetch), "a page must not fetch anything: found " + fetch);
            }
        }
    }

    @Test
    void markdownEscapesSyntaxAndTablePipes() {
        String md = MarkdownFormat.article(sample());
        assertTrue(md.contains("He confirmed \\*the\\* \\| support."), md);
        assertTrue(md.contains("&lt;script&gt;"));
        assertTrue(md.contains("## Summary"));
    }

    @Test
    void jsonRoundTripsWithItsSchema() {
        String json = JsonFormat.write(sample());
        assertTrue(json.startsWith("{\n  \"schema\" : \"nashra.article-digest/1\""), json);
        assertEquals(sample(), JsonFormat.read(json, ArticleDigest.class));
    }

    @Test
    void atomicWriteReplacesWholeFilesAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out/a.json");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second");
        assertEquals("second", Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Readable by others, as a new file normally is (not owner-only like a temp file).
            Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
        }
    }
}
