package nashra.digest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flags are shown as readable badges with their explanation printed beside them, never in a tooltip. */
class FlagBadgesTest {

    private static final String NOTE = "Every number and date in the Arabic was looked for in the English."
            + " The Arabic has “12”, which the English does not. The English has “21”, which the Arabic does not.";

    private static ArticleDigest digest() {
        return new ArticleDigest(ArticleDigest.SCHEMA, "a1b2c3d4e5f60718", "رويترز", "", "2026-11-20", "test",
                new Bilingual("قتل ١٢ شخصا", "12 people killed"),
                List.of(new SentencePair(0, "قتل ١٢ شخصا في انفجار في بغداد.", "21 people were killed in an explosion in Baghdad.",
                                List.of("NUMBER"), List.of(new SentencePair.Note("NUMBER", NOTE)), -0.31),
                        new SentencePair(1, "<script>alert(1)</script>", "<script>alert(1)</script>", List.of("KEPT"),
                                List.of(new SentencePair.Note("KEPT", "This line has no Arabic letters, so it was not translated.")),
                                null)),
                List.of(0), new ModelInfo("marian-tiny", "abc123"));
    }

    @Test
    void theArticlePagePrintsWhatWasCheckedAndWhatDiffered() {
        String html = HtmlFormat.article(digest());
        assertTrue(html.contains("<span class=\"flag\">number</span>"), html);
        assertTrue(html.contains("<b>number:</b> Every number and date in the Arabic was looked for in the English."
                + " The Arabic has “12”, which the English does not."), html);
        assertTrue(html.contains("<span class=\"flag\">not translated</span>"));
        assertFalse(html.contains("title="), "no tooltips");
        assertFalse(html.contains("<script>"));
    }

    @Test
    void theStoryPageSaysWhereOutletsDisagree() {
        StoryDigest story = new StoryDigest(StoryDigest.SCHEMA, "s1", new Bilingual("", "Meeting in Cairo"), "2026-11-20", 2,
                List.of(), List.of(), new ModelInfo("marian-tiny", "abc123"),
                List.of(new StoryDigest.Disagreement("date", List.of(
                        new StoryDigest.Reading("22 November", "سيعقد الاجتماع في ٢٢ نوفمبر.", "The meeting will be held on 22 November.",
                                List.of("a", "b"), List.of("رويترز", "بوابة المساء")),
                        new StoryDigest.Reading("24 November", "سيعقد الاجتماع في 24 نوفمبر.", "The meeting will be held on 24 November.",
                                List.of("c"), List.of())))));
        String html = HtmlFormat.story(story, Map.of());
        assertTrue(html.contains("The outlets give different dates for the same statement"), html);
        assertTrue(html.contains("<b>22 November</b> according to <bdi>رويترز</bdi> · <bdi>بوابة المساء</bdi>"), html);
        assertTrue(html.contains("<b>24 November</b> according to <bdi>1 article</bdi>"), html);
    }

    @Test
    void theDigestJsonKeepsTheNotesAndTheScore() throws Exception {
        String json = JsonFormat.write(digest()).replaceAll("\\s+", "");
        assertTrue(json.contains("\"confidence\":-0.31"), json);
        assertTrue(json.contains("\"notes\":[{\"flag\":\"NUMBER\""), json);
        assertTrue(json.contains("\"confidence\":null"), json); // KEPT: no model, no score
        org.junit.jupiter.api.Assertions.assertEquals(digest(), JsonFormat.read(JsonFormat.write(digest()), ArticleDigest.class));
        // A digest written before the checks (no notes, no score) still reads.
        String old = "{\"index\":0,\"ar\":\"قال\",\"en\":\"He said.\",\"flags\":[]}";
        org.junit.jupiter.api.Assertions.assertEquals(new SentencePair(0, "قال", "He said.", List.of()),
                JsonFormat.read(old, SentencePair.class));
    }
}
