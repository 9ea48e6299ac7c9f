package nashra.article;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nashra.text.CleanText;
import nashra.text.Removed;
import nashra.text.TextPipeline;

/**
 * The last look at an article before it is handed on: a body that is all boilerplate, or text
 * that is not Arabic, is turned into a rejection with the reason, instead of an empty digest
 * or a translation of English by an Arabic model.
 */
final class ArticleCheck {

    /** Share of the letters that must be Arabic. */
    private static final double ARABIC_SHARE = 0.5;

    private final TextPipeline pipeline;

    ArticleCheck(TextPipeline pipeline) {
        this.pipeline = pipeline;
    }

    ReadResult check(Article article) {
        CleanText clean = pipeline.clean(article.body());
        if (clean.isEmpty()) {
            return new Rejected(article.origin(), Rejected.EMPTY, emptyDetail(article, clean));
        }
        double share = arabicShare(clean.text());
        if (share < ARABIC_SHARE) {
            return new Rejected(article.origin(), Rejected.NOT_ARABIC,
                    String.format("%.0f%% of the letters are Arabic", share * 100));
        }
        return article;
    }

    private static String emptyDetail(Article article, CleanText clean) {
        if (clean.removed().isEmpty()) {
            return article.title().isEmpty() ? "no text" : "a title and no body";
        }
        Map<String, Long> reasons = clean.removed().stream()
                .collect(Collectors.groupingBy(Removed::reason, TreeMap::new, Collectors.counting()));
        return "every line was boilerplate: " + reasons.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static double arabicShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long arabic = text.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                .count();
        return letters == 0 ? 0 : (double) arabic / letters;
    }
}
