package nashra.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nashra.digest.ArticleDigest;
import nashra.digest.Bilingual;
import nashra.digest.ModelInfo;
import nashra.digest.SentencePair;
import nashra.digest.StoryDigest;

class StorySummaryTest {

    private static final String OPENED = "افتتح وزير النقل ميناء الجبيل التجاري الجديد صباح الخميس بحضور عدد من المسؤولين.";
    private static final String OPENED_EDITED = "افتتح وزير النقل اليوم ميناء الجبيل التجاري الجديد صباح الخميس بحضور عدد من المسؤولين";
    private static final String CAPACITY = "وتبلغ الطاقة الاستيعابية للميناء أربعة ملايين حاوية سنويا بعد اكتمال مرحلته الأولى.";
    private static final String JOBS = "وقال الوزير إن المشروع سيوفر ثلاثة آلاف وظيفة لأبناء المنطقة الشرقية خلال عامين.";
    private static final String ROUTES = "ويربط الميناء المملكة بأسواق آسيا وأفريقيا عبر خطوط ملاحية منتظمة.";

    private static ArticleDigest digest(String id, String source, String published, String title, List<String> ar,
            List<Integer> summary) {
        List<SentencePair> pairs = new ArrayList<>();
        for (int i = 0; i < ar.size(); i++) {
            pairs.add(new SentencePair(i, ar.get(i), "en " + id + " " + i, List.of()));
        }
        return new ArticleDigest(ArticleDigest.SCHEMA, id, source, "https://example.org/" + id, published, "test",
                new Bilingual(title, "title " + id), pairs, summary, new ModelInfo("test", "0"));
    }

    private static List<ArticleDigest> port() {
        return List.of(
                digest("a", "واس", "2026-11-20", "افتتاح ميناء الجبيل", List.of(OPENED, CAPACITY, JOBS), List.of(0, 1)),
                digest("b", "الرياض", "2026-11-20T21:00:00Z", "وزير النقل يفتتح ميناء الجبيل التجاري الجديد",
                        List.of(OPENED_EDITED, JOBS, ROUTES), List.of(0, 1)),
                digest("c", "عكاظ", "2026-11-21", "ميناء الجبيل الجديد", List.of(ROUTES, OPENED, CAPACITY),
                        List.of(1, 2)),
                digest("d", "واس", "2026-11-19", "ميناء جديد في الجبيل", List.of(OPENED, JOBS), List.of(0)));
    }

    @Test
    void sentenceSeveralMembersCarryAppearsOnceWithAllSources() {
        List<StoryDigest.Sentence> summary = new StorySummary().sentences(port());
        StoryDigest.Sentence first = summary.get(0);
        assertEquals(OPENED, first.ar());
        assertEquals("en a 0", first.en());
        assertEquals(List.of("a", "b", "c", "d"), first.articleIds());
        assertEquals(List.of("واس", "الرياض", "عكاظ"), first.sources());
        assertEquals(1, summary.stream().filter(s -> s.ar().startsWith("افتتح")).count());
        // Then the capacity (two outlets, best position 1) and jobs (two outlets, position 1, later).
        assertEquals(List.of(OPENED, CAPACITY, JOBS), summary.stream().map(StoryDigest.Sentence::ar).toList());
        assertEquals(List.of("a", "c"), summary.get(1).articleIds());
    }

    @Test
    void theSameWordsInAnotherOrderAreOneSentenceButAnotherPlaceAndDayAreNot() {
        String met = "التقى رئيس الوزراء مع وزير الخارجية في القاهرة يوم الخميس.";
        String swapped = "التقى وزير الخارجية مع رئيس الوزراء في القاهرة يوم الخميس.";
        String elsewhere = "التقى رئيس الوزراء مع وزير الخارجية في بغداد يوم السبت.";
        List<StoryDigest.Sentence> summary = new StorySummary().sentences(List.of(
                digest("a", "واس", "2026-11-20", "لقاء", List.of(met), List.of(0)),
                digest("b", "عكاظ", "2026-11-20", "لقاء", List.of(swapped), List.of(0)),
                digest("c", "الرياض", "2026-11-20", "لقاء", List.of(elsewhere), List.of(0))));
        assertEquals(List.of(met, elsewhere), summary.stream().map(StoryDigest.Sentence::ar).toList());
        assertEquals(List.of("a", "b"), summary.get(0).articleIds());
    }

    @Test
    void summaryKeepsK() {
        assertEquals(2, new StorySummary(2, StorySummary.DEFAULT_SAME).sentences(port()).size());
    }

    @Test
    void storyHasStableIdCentralHeadlineAndLatestDate() {
        List<ArticleDigest> members = port();
        StoryDigest story = new StorySummary().build(members);
        List<ArticleDigest> backwards = new ArrayList<>(members);
        java.util.Collections.reverse(backwards);
        StoryDigest reversed = new StorySummary().build(backwards);
        assertEquals(story.id(), reversed.id());
        assertEquals(StoryDigest.SCHEMA, story.schema());
        assertEquals("2026-11-21", story.published());
        assertEquals(List.of("a", "b", "c", "d"), story.articleIds());
        assertEquals(3, story.sourceCount());
        assertEquals("https://example.org/b", story.sources().get(1).url());
        assertEquals("../articles/b", story.sources().get(1).digest());
        assertEquals("title b", story.sources().get(1).title().en());
    }

    @Test
    void headlineComesFromTheMostCentralMember() {
        // The full report shares text with both short ones; the short ones share nothing.
        List<ArticleDigest> members = List.of(
                digest("short1", "واس", "2026-11-20", "الميناء", List.of(OPENED), List.of(0)),
                digest("short2", "عكاظ", "2026-11-20", "الخطوط", List.of(ROUTES), List.of(0)),
                digest("full", "الرياض", "2026-11-20", "ميناء الجبيل", List.of(OPENED, CAPACITY, ROUTES),
                        List.of(0)));
        assertEquals("title full", new StorySummary().build(members).headline().en());
    }

    @Test
    void singleMemberWithoutDate() {
        StoryDigest story = new StorySummary().build(List.of(digest("x", "", "", "عنوان", List.of(JOBS), List.of(0))));
        assertEquals("", story.published());
        assertEquals(0, story.sourceCount(), "an article no outlet is named for is not counted as an outlet");
        assertEquals(List.of(), story.summary().get(0).sources());
        assertEquals("title x", story.headline().en());
    }

    @Test
    void orderPutsMostSourcesFirstThenRecentThenSingles() {
        StoryDigest three = story("three", 3, 3, "2026-11-19");
        StoryDigest twoOld = story("twoOld", 2, 2, "2026-11-18");
        StoryDigest twoNew = story("twoNew", 2, 2, "2026-11-20");
        StoryDigest twoUndated = story("twoUndated", 2, 2, "");
        StoryDigest sameOutletTwice = story("sameOutletTwice", 2, 1, "2026-11-21");
        StoryDigest single = story("single", 1, 1, "2026-11-21");
        List<StoryDigest> stories = new ArrayList<>(List.of(single, twoUndated, sameOutletTwice, twoOld, three, twoNew));
        stories.sort(new StoryOrder());
        assertEquals(List.of("three", "twoNew", "twoOld", "twoUndated", "sameOutletTwice", "single"),
                stories.stream().map(StoryDigest::id).toList());
    }

    /** A story with the given number of member articles from the given number of outlets. */
    private static StoryDigest story(String id, int articles, int outlets, String published) {
        List<StoryDigest.Source> sources = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            sources.add(new StoryDigest.Source("outlet" + (i % outlets), "", id + i, new Bilingual("", ""), published,
                    "../articles/" + id + i));
        }
        return new StoryDigest(StoryDigest.SCHEMA, id, new Bilingual("", ""), published, outlets, sources, List.of(),
                new ModelInfo("test", "0"));
    }

    @Test
    void theWordBudgetSkipsASentenceThatDoesNotFitForOneThatDoes() {
        List<SentencePair> pairs = List.of(
                new SentencePair(0, OPENED, "The transport minister opened the new Jubail port on Thursday.", List.of()),
                new SentencePair(1, CAPACITY, "Its first phase will handle four million containers a year once it"
                        + " is complete, making it one of the largest ports in the region.", List.of()),
                new SentencePair(2, JOBS, "The minister said it would bring three thousand jobs.", List.of()));
        ArticleDigest d = new ArticleDigest(ArticleDigest.SCHEMA, "a", "واس", "https://example.org/a", "2026-11-20",
                "test", new Bilingual("افتتاح ميناء الجبيل", "Jubail port opens"), pairs, List.of(0, 1, 2),
                new ModelInfo("test", "0"));
        // 10 + 25 + 9 words: at 25 words the capacity sentence is skipped, never cut.
        List<String> budgeted = new StorySummary(5, StorySummary.DEFAULT_SAME, 25).sentences(List.of(d)).stream()
                .map(StoryDigest.Sentence::ar).toList();
        assertEquals(List.of(OPENED, JOBS), budgeted);
        assertEquals(3, new StorySummary(5, StorySummary.DEFAULT_SAME, 0).sentences(List.of(d)).size());
        // The first sentence is kept whatever its length, so a story always says something.
        assertEquals(List.of(OPENED), new StorySummary(5, StorySummary.DEFAULT_SAME, 5).sentences(List.of(d)).stream()
                .map(StoryDigest.Sentence::ar).toList());
    }
}
