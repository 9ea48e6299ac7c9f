package nashra.story;

import java.time.LocalDate;
import java.util.List;

/**
 * What the grouper needs of one article.
 *
 * @param id stable article id
 * @param titleAr the Arabic title
 * @param sentencesAr the Arabic sentences of the cleaned body
 * @param published publication date, or null
 * @param source outlet name, may be empty
 * @param vector mean English sentence embedding, or null when none was computed
 */
public record StoryArticle(String id, String titleAr, List<String> sentencesAr, LocalDate published,
        String source, float[] vector) {

    public StoryArticle {
        sentencesAr = List.copyOf(sentencesAr);
    }
}
