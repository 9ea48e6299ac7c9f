package nashra.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nashra.digest.ArticleDigest;
import nashra.digest.Bilingual;
import nashra.digest.ModelInfo;
import nashra.digest.SentencePair;
import nashra.digest.StoryDigest;
import org.junit.jupiter.api.Test;

/** Outlets that give one meeting different dates, written like the Cairo sample (Friday 20 November 2026). */
class NumberDisagreementsTest {

    private static ArticleDigest digest(String id, String source, String published, String... ar) {
        List<SentencePair> pairs = new ArrayList<>();
        for (int i = 0; i < ar.length; i++) {
            pairs.add(new SentencePair(i, ar[i], "en " + id + " " + i, List.of()));
        }
        return new ArticleDigest(ArticleDigest.SCHEMA, id, source, "", published, "test", new Bilingual("", ""), pairs,
                List.of(0), new ModelInfo("test", "0"));
    }

    @Test
    void sundayAnd22NovemberAgreeAnd24NovemberDoesNot() {
        List<ArticleDigest> members = List.of(
                digest("a", "رويترز", "2026-11-20", "وصل الوزير إلى القاهرة يوم الخميس.",
                        "أكد رئيس الوزراء أن الاجتماع سيعقد في القاهرة في ٢٢ نوفمبر، وأشار إلى أن الاتفاق سيوقع في القاهرة."),
                digest("b", "بوابة المساء", "2026-11-20",
                        "قال رئيس الوزراء إن الاجتماع سيعقد في القاهرة يوم الأحد، وأضاف أن بلاده ستجري محادثات جديدة."),
                digest("c", "", "", "أكد السفير أن الاجتماع سيعقد في القاهرة في 24 نوفمبر."));
        StoryDigest story = new StorySummary().build(members);
        assertEquals(1, story.disagreements().size());
        StoryDigest.Disagreement d = story.disagreements().get(0);
        assertEquals("date", d.kind());
        assertEquals(List.of("22 November", "24 November"), d.readings().stream().map(StoryDigest.Reading::value).toList());
        assertEquals(List.of("a", "b"), d.readings().get(0).articleIds());
        assertEquals(List.of("رويترز", "بوابة المساء"), d.readings().get(0).sources());
        assertEquals(List.of("c"), d.readings().get(1).articleIds());
    }

    @Test
    void differentFactsWithDifferentNumbersAreNotADisagreement() {
        // Egypt's 120 million and Jordan's 75 million are two pledges, not one reported twice.
        List<ArticleDigest> members = List.of(
                digest("a", "وكالات", "2026-11-20", "قال وزير الخارجية إن مصر ستقدم مساعدات بقيمة ١٢٠ مليون دولار."),
                digest("b", "بوابة المساء", "2026-11-20", "أعلن وزير الخارجية أن الأردن ستقدم مساعدات بقيمة ٧٥ مليون دولار."),
                digest("c", "رويترز", "2026-11-20", "قتل ١٢ شخصا في انفجار في بغداد يوم الخميس."),
                digest("d", "صحيفة الرافدين", "2026-11-20", "قتل 12 شخصا في انفجار في بغداد يوم الخميس."));
        assertEquals(List.of(), new StorySummary().build(members).disagreements());
    }

    @Test
    void aChangedCountIsADisagreement() {
        List<ArticleDigest> members = List.of(
                digest("a", "رويترز", "2026-11-20", "قال قائد الجيش إن القوات ستنسحب من بغداد خلال سبعة أيام."),
                digest("b", "صحيفة الرافدين", "2026-11-20", "قال قائد الجيش إن القوات ستنسحب من بغداد خلال خمسة أيام."));
        List<StoryDigest.Disagreement> found = new StorySummary().build(members).disagreements();
        assertEquals(1, found.size());
        assertEquals("number", found.get(0).kind());
        assertEquals(List.of("7", "5"), found.get(0).readings().stream().map(StoryDigest.Reading::value).toList());
    }

    @Test
    void aCountIsComparedEvenWhenTheClauseAlsoHasADay() {
        List<ArticleDigest> members = List.of(
                digest("a", "رويترز", "2026-11-20", "قتل ١٢ شخصا في انفجار في بغداد يوم الخميس."),
                digest("b", "صحيفة الرافدين", "2026-11-20", "قتل 15 شخصا في انفجار في بغداد يوم الخميس."));
        List<StoryDigest.Disagreement> found = new StorySummary().build(members).disagreements();
        assertEquals(List.of("number"), found.stream().map(StoryDigest.Disagreement::kind).toList());
        assertEquals(List.of("12", "15"), found.get(0).readings().stream().map(StoryDigest.Reading::value).toList());
    }

    @Test
    void aWeekdayIsTheNearestSuchDayToTheArticlesDate() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertEquals(LocalDate.of(2026, 11, 22), NumberDisagreements.nearest(friday, DayOfWeek.SUNDAY));
        assertEquals(LocalDate.of(2026, 11, 19), NumberDisagreements.nearest(friday, DayOfWeek.THURSDAY));
        assertEquals(LocalDate.of(2026, 11, 23), NumberDisagreements.nearest(friday, DayOfWeek.MONDAY));
    }
}
