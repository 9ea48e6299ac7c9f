package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    private static final String STORY = "فتح المعبر\nاتفق الأردن والعراق يوم الأحد على إعادة فتح معبر طريبيل خلال أسبوعين.\n";

    @TempDir
    Path folder;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(ReadResult r) {
        String where = r.origin().file().getFileName() + (r.origin().line() > 0 ? ":" + r.origin().line() : "");
        return r instanceof Rejected x ? where + " " + x.reason() : where + " article";
    }

    @Test
    void aSecondCopyOfAnArticleIsRejectedAsADuplicateNamingTheFirst() throws IOException {
        write("a.txt", STORY);
        write("b.txt", STORY);
        write("c.jsonl", "{\"id\":\"feed-1\",\"title\":\"فتح المعبر\",\"body\":\"اتفق الجانبان على فتح المعبر.\"}\n"
                + "{\"id\":\"feed-1\",\"title\":\"إغلاق المعبر\",\"body\":\"أغلق الجانبان المعبر.\"}\n");
        List<ReadResult> results = new ArticleSource().read(folder);
        assertEquals(List.of("a.txt article", "b.txt duplicate", "c.jsonl:1 article", "c.jsonl:2 duplicate"),
                results.stream().map(ArticleSourceTest::describe).toList());
        Rejected copy = (Rejected) results.get(1);
        assertEquals(true, copy.detail().contains(folder.resolve("a.txt").toString()), copy.detail());
        // Each read of the folder starts afresh: reading it again finds the same, not more duplicates.
        assertEquals(results.stream().map(ArticleSourceTest::describe).toList(),
                new ArticleSource().read(folder).stream().map(ArticleSourceTest::describe).toList());
    }

    @Test
    void everyInputEndsAsOneArticleOrOneRejectionInAStableOrder() throws IOException {
        write("b.txt", STORY);
        write("a.html", "<html><body><h1>فتح المعبر</h1><p>اتفق الأردن والعراق على فتح المعبر.</p></body></html>");
        write("sub/c.jsonl", "{\"title\":\"فتح المعبر\",\"body\":\"اتفق الجانبان على فتح المعبر.\"}\n{broken\n\n"
                + "{\"title\":\"Title\",\"body\":\"The two sides agreed to reopen the crossing.\"}\n");
        write("d.TXT", "SHARE\nclose\n");
        write("e.pdf", "%PDF-1.4");
        write("f.txt", "Le ministre a déclaré à l'AFP que la frontière était fermée.".getBytes(StandardCharsets.ISO_8859_1));
        write("g.htm", "<p>" + "نص ".repeat(400) + "</p>");

        List<ReadResult> results = new ArticleSource(new ReadLimits(1_000, 10_000)).read(folder);

        assertEquals(List.of(
                "a.html article",
                "b.txt article",
                "d.TXT empty after cleaning",
                "e.pdf unsupported extension",
                "f.txt unreadable encoding",
                "g.htm too large",
                "c.jsonl:1 article",
                "c.jsonl:2 unparsable JSON line",
                "c.jsonl:4 not Arabic"), results.stream().map(ArticleSourceTest::describe).toList());
    }

    @Test
    void readsEveryEncodingItAccepts() throws IOException {
        List<Path> files = List.of(
                write("utf8.txt", STORY.getBytes(StandardCharsets.UTF_8)),
                write("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, STORY.getBytes(StandardCharsets.UTF_8))),
                write("utf16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, STORY.getBytes(StandardCharsets.UTF_16BE))),
                write("utf16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE))),
                write("windows1256.txt", STORY.getBytes(TextDecoder.WINDOWS_1256)));

        // File by file: in one folder the copies after the first would be duplicates.
        ArticleSource source = new ArticleSource();
        List<ReadResult> results = files.stream().flatMap(f -> source.readFile(f).stream()).toList();

        assertEquals(5, results.size());
        String id = assertInstanceOf(Article.class, results.get(0)).id();
        for (ReadResult result : results) {
            Article article = assertInstanceOf(Article.class, result, describe(result));
            assertEquals("فتح المعبر", article.title());
            assertEquals(id, article.id(), "the same article in another encoding has the same id");
        }
    }

    @Test
    void aJsonlFileOverItsLimitIsRejectedWhole() throws IOException {
        write("big.jsonl", "{\"title\":\"عنوان\",\"body\":\"نص.\"}\n".repeat(100));
        List<ReadResult> results = new ArticleSource(new ReadLimits(1_000, 2_000)).read(folder);
        assertEquals(List.of("big.jsonl too large"), results.stream().map(ArticleSourceTest::describe).toList());
    }

    @Test
    void streamsLazilyInTheSameOrder() throws IOException {
        write("1.txt", STORY);
        write("2.txt", STORY.replace("الأحد", "الاثنين"));
        ArticleSource source = new ArticleSource();
        try (Stream<ReadResult> stream = source.stream(folder)) {
            assertEquals(source.read(folder), stream.toList());
        }
    }

    private static final nashra.outlet.OutletRegistry OUTLETS =
            nashra.outlet.OutletRegistry.load(nashra.outlet.OutletRegistry.DEFAULT_FILE);

    private static String outlet(ReadResult r) {
        return r.origin().file().getFileName() + (r.origin().line() > 0 ? ":" + r.origin().line() : "") + " "
                + (r instanceof Article a ? a.outlet().en() : ((Rejected) r).reason());
    }

    @Test
    void eachArticleIsCreditedToTheFirstOutletTheRegistryKnowsInOrder() throws IOException {
        String body = "اتفق الأردن والعراق يوم الأحد على إعادة فتح معبر طريبيل الحدودي خلال أسبوعين.\n"
                + "وقال الوزير إن الدوريات المشتركة ستبدأ عملها قريبا، وإن الطريق أصبح آمنا.\n";
        // The feed's source beats its link; a link's domain beats the credit the page prints; the
        // credit beats the folder; the folder beats the file-name prefix.
        write("feed.jsonl", "{\"title\":\"فتح المعبر\",\"body\":\"اتفق الجانبان على فتح المعبر.\",\"source\":\"رويترز\","
                + "\"url\":\"https://www.okaz.com.sa/news/1\"}\n"
                + "{\"title\":\"فتح المعبر\",\"body\":\"اتفق الجانبان على فتح المعبر الحدودي.\",\"url\":\"https://sabq.org/x\"}\n");
        write("linked.txt", "فتح المعبر\n" + body + "المصدر: رويترز\nرابط الخبر: https://www.alriyadh.com/1\n");
        write("okaz/credited.txt", "فتح المعبر\n" + body + "المصدر: واس\n");
        write("okaz/sabq_0001.txt", "فتح المعبر\n" + body.replace("الأحد", "الاثنين"));
        write("sabq_0002.txt", "فتح المعبر\n" + body.replace("الأحد", "الثلاثاء"));
        write("unregistered.txt", "فتح المعبر\n" + body.replace("الأحد", "الأربعاء") + "المصدر: صحيفة النهار\n");
        write("nothing.txt", "فتح المعبر\n" + body.replace("الأحد", "الخميس"));

        List<ReadResult> results = new ArticleSource(ReadLimits.DEFAULT, new nashra.text.TextPipeline(), OUTLETS).read(folder);

        assertEquals(List.of(
                "feed.jsonl:1 Reuters",
                "feed.jsonl:2 Sabq",
                "linked.txt Al Riyadh",
                "nothing.txt unknown outlet",
                "credited.txt Saudi Press Agency (SPA)",
                "sabq_0001.txt Okaz",
                "sabq_0002.txt Sabq",
                "unregistered.txt Shyft Alnhar"), results.stream().map(ArticleSourceTest::outlet).toList());
        Article unregistered = (Article) results.get(7);
        assertEquals("صحيفة النهار", unregistered.outlet().ar(), "the Arabic is kept beside the transliteration");
        assertEquals("الرياض", ((Article) results.get(2)).source(), "source is the outlet's Arabic name");
    }

    @Test
    void theSameTextFromTwoOutletsIsTwoArticlesAndFromOneOutletADuplicate() throws IOException {
        write("okaz/crossing.txt", STORY);
        write("sabq/crossing.txt", STORY);
        write("sabq/crossing-again.txt", STORY);
        write("unknown-a.txt", STORY);
        write("unknown-b.txt", STORY);

        List<ReadResult> results = new ArticleSource(ReadLimits.DEFAULT, new nashra.text.TextPipeline(), OUTLETS).read(folder);

        assertEquals(List.of("crossing.txt Okaz", "crossing-again.txt Sabq", "crossing.txt duplicate",
                "unknown-a.txt unknown outlet", "unknown-b.txt duplicate"),
                results.stream().map(ArticleSourceTest::outlet).toList());
        assertEquals(false, ((Article) results.get(0)).id().equals(((Article) results.get(1)).id()),
                "two outlets' copies have their own ids");
        assertEquals(true, ((Rejected) results.get(2)).detail().contains(folder.resolve("sabq/crossing-again.txt").toString()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
