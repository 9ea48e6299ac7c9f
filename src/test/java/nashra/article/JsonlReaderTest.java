package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

    private static final Path FILE = Path.of("in/night.jsonl");
    private final JsonlReader reader = new JsonlReader(10_000);

    @Test
    void readsOneArticleALineWithItsLineNumber() {
        List<ReadResult> results = reader.read(FILE, String.join("\n",
                "{\"id\":\"a1\",\"title\":\"فتح المعبر\",\"body\":\"اتفق الجانبان.\\nوقال الوزير.\",\"source\":\"النشرة\","
                        + "\"url\":\"https://example.com/1\",\"published\":\"2017-03-12T09:30:00+03:00\"}",
                "",
                "{\"title\":\"إغلاق الطريق\",\"body\":[\"أغلقت السلطات الطريق.\",\"  \",\"وقال شاهد إن الزحام شديد.\"]}"));
        assertEquals(2, results.size());

        Article first = assertInstanceOf(Article.class, results.get(0));
        assertEquals("a1", first.id());
        assertEquals(List.of("اتفق الجانبان.", "وقال الوزير."), first.body());
        assertEquals("النشرة", first.source());
        assertEquals("https://example.com/1", first.url());
        assertEquals(LocalDate.of(2017, 3, 12), first.published());
        assertEquals(Origin.of(FILE, 1), first.origin());

        Article second = assertInstanceOf(Article.class, results.get(1));
        assertEquals(Origin.of(FILE, 3), second.origin(), "the blank line is counted but gives no record");
        assertEquals(ArticleIds.of(Article.UNKNOWN_SOURCE, "إغلاق الطريق", second.body()), second.id());
        assertEquals(2, second.body().size());
    }

    @Test
    void acceptsScraperFieldNames() {
        Article article = assertInstanceOf(Article.class, reader.readLine(Origin.of(FILE, 1),
                "{\"title\":\"عنوان\",\"content\":\"نص الخبر.\",\"date_extracted\":\"2015-07-24 16:06:34\"}"));
        assertEquals(List.of("نص الخبر."), article.body());
        assertEquals(LocalDate.of(2015, 7, 24), article.published());
    }

    @Test
    void rejectsLinesThatAreNotJsonObjects() {
        for (String line : List.of("{\"title\": \"عنوان\"", "not json", "[1, 2]", "\"نص\"", "{\"title\":\"a\"} {\"title\":\"b\"}")) {
            Rejected rejected = assertInstanceOf(Rejected.class, reader.readLine(Origin.of(FILE, 4), line), line);
            assertEquals(Rejected.UNPARSABLE_JSON, rejected.reason());
            assertEquals(Origin.of(FILE, 4), rejected.origin());
        }
    }

    @Test
    void rejectsALineOverTheLimit() {
        String line = "{\"title\":\"" + "ب".repeat(6_000) + "\"}";
        Rejected rejected = assertInstanceOf(Rejected.class, reader.readLine(Origin.of(FILE, 1), line));
        assertEquals(Rejected.TOO_LARGE, rejected.reason());
    }

    @Test
    void anUnreadableDateIsLeftOut() {
        Article article = assertInstanceOf(Article.class,
                reader.readLine(Origin.of(FILE, 1), "{\"title\":\"عنوان\",\"body\":\"نص.\",\"published\":\"أمس\"}"));
        assertEquals(null, article.published());
    }
}
