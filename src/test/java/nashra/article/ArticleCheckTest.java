package nashra.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import nashra.text.TextPipeline;
import org.junit.jupiter.api.Test;

class ArticleCheckTest {

    private final ArticleCheck check = new ArticleCheck(new TextPipeline());

    private static Article article(String title, List<String> body) {
        return new Article("id", Article.UNKNOWN_SOURCE, null, title, body, null, Origin.of(Path.of("a.txt")));
    }

    @Test
    void passesAnArabicStory() {
        Article article = article("عنوان", List.of("اتفق الجانبان على فتح المعبر خلال أسبوعين."));
        assertSame(article, check.check(article));
    }

    @Test
    void rejectsABodyThatIsAllBoilerplateAndSaysWhatItWas() {
        Rejected rejected = assertInstanceOf(Rejected.class,
                check.check(article("", List.of("شارك | تويتر", "المصدر: وكالات", "SHARE"))));
        assertEquals(Rejected.EMPTY, rejected.reason());
        assertEquals("every line was boilerplate: share buttons 2, source credit 1", rejected.detail());
    }

    @Test
    void rejectsATitleWithoutABody() {
        Rejected rejected = assertInstanceOf(Rejected.class, check.check(article("عنوان", List.of())));
        assertEquals("a title and no body", rejected.detail());
    }

    @Test
    void rejectsTextThatIsNotArabic() {
        Rejected rejected = assertInstanceOf(Rejected.class, check.check(article("Title",
                List.of("The two sides agreed to reopen the border crossing within two weeks, the minister said."))));
        assertEquals(Rejected.NOT_ARABIC, rejected.reason());
        assertEquals("0% of the letters are Arabic", rejected.detail());
    }

    @Test
    void aFewForeignWordsDoNotMakeAStoryForeign() {
        Article article = article("", List.of("وقال المتحدث باسم شركة Apple إن هاتف iPhone الجديد سيطرح في الأسواق قريبا."));
        assertSame(article, check.check(article));
    }
}
