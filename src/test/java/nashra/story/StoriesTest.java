package nashra.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nashra.digest.ArticleDigest;
import nashra.digest.Bilingual;
import nashra.digest.ModelInfo;
import nashra.digest.SentencePair;
import nashra.digest.StoryDigest;
import nashra.summarize.Embedder;

class StoriesTest {

    private static ArticleDigest digest(String id, String source, String title, List<String> ar, String en) {
        List<SentencePair> pairs = new ArrayList<>();
        for (int i = 0; i < ar.size(); i++) {
            pairs.add(new SentencePair(i, ar.get(i), en + " " + i, List.of()));
        }
        return new ArticleDigest(ArticleDigest.SCHEMA, id, source, "", "2026-11-20", "test", new Bilingual(title, en),
                pairs, List.of(0), new ModelInfo("test", "0"));
    }

    private static final List<String> PORT = List.of(
            "افتتح وزير النقل ميناء الجبيل التجاري الجديد صباح الخميس بحضور عدد من المسؤولين.",
            "وتبلغ الطاقة الاستيعابية للميناء أربعة ملايين حاوية سنويا بعد اكتمال مرحلته الأولى.",
            "وقال الوزير إن المشروع سيوفر ثلاثة آلاف وظيفة لأبناء المنطقة الشرقية خلال عامين.");
    private static final List<String> MATCH = List.of(
            "فاز نادي الهلال على النصر بهدفين مقابل هدف في مباراة الدوري مساء الجمعة.",
            "وسجل المهاجم البرازيلي هدف الفوز في الدقيقة الثمانين من ركلة جزاء.");

    /** Counts what it embeds and gives every text the same direction, except texts about football. */
    private static final class CountingEmbedder implements Embedder {
        int texts;

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[][] embed(List<String> sentences) {
            texts += sentences.size();
            return sentences.stream().map(s -> s.contains("match") ? new float[] {0, 1} : new float[] {1, 0})
                    .toArray(float[][]::new);
        }
    }

    @Test
    void everyDigestEndsInExactlyOneStoryInBriefingOrder() {
        List<ArticleDigest> digests = List.of(
                digest("match", "اليوم", "الهلال يفوز على النصر", MATCH, "the match"),
                digest("port1", "واس", "افتتاح ميناء الجبيل", PORT, "port opens"),
                digest("port2", "عكاظ", "وزير النقل يفتتح ميناء الجبيل", PORT, "port opened"));
        CountingEmbedder embedder = new CountingEmbedder();
        List<StoryDigest> stories = new Stories(new StoryGrouper(), new StorySummary(), embedder).of(digests);
        assertEquals(List.of(List.of("port1", "port2"), List.of("match")),
                stories.stream().map(StoryDigest::articleIds).toList(), "the two-outlet story first");
        // Title and one key sentence of each of the three articles.
        assertEquals(6, embedder.texts);
        assertEquals(2, stories.get(0).sourceCount());
        assertTrue(stories.get(0).summary().get(0).articleIds().containsAll(List.of("port1", "port2")));
        // Without an embedder the same stories come from the Arabic alone.
        assertEquals(stories.stream().map(StoryDigest::id).toList(),
                new Stories(new StoryGrouper(), new StorySummary(), null).of(digests).stream().map(StoryDigest::id).toList());
        assertEquals(List.of(), new Stories(new StoryGrouper(), new StorySummary(), embedder).of(List.of()));
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path input;

    /** Two outlets ran the same wire copy: both are in the story's sources, and each summary line cites both. */
    @Test
    void twoOutletsIdenticalCopiesAreBothSourcesOfTheStory() throws java.io.IOException {
        String copy = "افتتاح ميناء الجبيل\n" + String.join("\n", PORT) + "\nالمصدر: واس\n";
        for (String outlet : List.of("okaz", "sabq")) {
            java.nio.file.Files.createDirectories(input.resolve(outlet));
            // The wire credit is stripped by many sites; the folder says who ran it.
            java.nio.file.Files.writeString(input.resolve(outlet).resolve("port.txt"), copy.replace("المصدر: واس\n", ""));
        }
        nashra.text.TextPipeline pipeline = new nashra.text.TextPipeline();
        List<ArticleDigest> digests = new ArrayList<>();
        for (nashra.article.ReadResult r : new nashra.article.ArticleSource(nashra.article.ReadLimits.DEFAULT, pipeline,
                nashra.outlet.OutletRegistry.load(nashra.outlet.OutletRegistry.DEFAULT_FILE)).read(input)) {
            nashra.article.Article a = (nashra.article.Article) r;
            List<SentencePair> pairs = new ArrayList<>();
            for (nashra.text.Sentence s : pipeline.clean(a.body()).sentences()) {
                pairs.add(new SentencePair(pairs.size(), s.text(), "english " + pairs.size(), List.of()));
            }
            digests.add(new ArticleDigest(ArticleDigest.SCHEMA, a.id(), a.source(), "", a.publishedIso(), "test",
                    new Bilingual(a.title(), "Jubail port opens"), pairs, List.of(0, 1), new ModelInfo("test", "0"),
                    a.outlet()));
        }
        assertEquals(2, digests.size(), "the second outlet's copy is not a duplicate");

        List<StoryDigest> stories = new Stories(new StoryGrouper(), new StorySummary(), null).of(digests);

        assertEquals(1, stories.size());
        StoryDigest story = stories.get(0);
        assertEquals(2, story.sourceCount());
        assertEquals(List.of("Okaz", "Sabq"), story.sources().stream().map(src -> src.outlet().en()).sorted().toList());
        StoryDigest.Sentence first = story.summary().get(0);
        assertEquals(2, first.articleIds().size(), "one line, carried by both");
        assertEquals(List.of(0, 0), first.indices(), "each citation points at the sentence in that article");
    }

    @Test
    void aFewStatementsAroundOneHappeningAreAnIncidentToo() {
        // The attack and two condemnations: three stories, too few for anchors (see Anchors), so
        // they join as stories close to one another, each condemnation still its own statement.
        List<StoryDigest> stories = new Stories(new StoryGrouper(), new StorySummary(), null).of(List.of(
                IncidentFixtures.attackFirst(), IncidentFixtures.attackSecond(), IncidentFixtures.kuwaitCondemns(),
                IncidentFixtures.jordanCondemns(), IncidentFixtures.weather()));
        assertEquals(4, stories.size(), stories.stream().map(StoryDigest::articleIds).toList().toString());
        StoryDigest attack = stories.stream().filter(st -> st.articleIds().size() == 2).findFirst().orElseThrow();
        assertTrue(attack.incident() != null, "the attack is part of an incident");
        assertEquals(3, attack.incident().storyCount());
        for (StoryDigest st : stories) {
            if (st.articleIds().contains("e5e5e5e5e5e5e5e5")) {
                assertEquals(null, st.incident(), "the weather stands alone");
            } else {
                assertEquals(attack.incident().id(), st.incident().id(), st.articleIds().toString());
            }
        }
    }

    @Test
    void statementsAroundOneHappeningAreStoriesOfOneIncident() {
        List<StoryDigest> stories = new Stories(new StoryGrouper(), new StorySummary(), null).of(IncidentFixtures.night());
        List<List<String>> members = stories.stream().map(StoryDigest::articleIds).toList();
        assertTrue(members.contains(List.of("a1a1a1a1a1a1a1a1", "b2b2b2b2b2b2b2b2")), members.toString());
        for (String statement : List.of("c3c3c3c3c3c3c3c3", "d4d4d4d4d4d4d4d4", "f7f7f7f7f7f7f7f7", "a8a8a8a8a8a8a8a8")) {
            assertTrue(members.contains(List.of(statement)), "each country's condemnation is its own statement: " + members);
        }
        StoryDigest attack = stories.stream().filter(st -> st.articleIds().size() == 2).findFirst().orElseThrow();
        StoryDigest.IncidentRef incident = attack.incident();
        assertTrue(incident != null, "the attack is part of an incident");
        assertEquals(5, incident.storyCount());
        assertEquals(6, incident.articleCount());
        assertEquals(6, incident.sourceCount());
        assertEquals(attack.headline(), incident.headline(), "named after its lead story");
        for (StoryDigest st : stories) {
            if (st.articleIds().contains("e5e5e5e5e5e5e5e5")) {
                assertEquals(null, st.incident(), "the weather stands alone");
            } else {
                assertEquals(incident.id(), st.incident().id());
            }
            assertEquals("new", st.continuation().status(), "nothing earlier to continue");
        }
    }

    @Test
    void aStoryCarryingOnFromAnEarlierBriefingIsMarkedContinuing() {
        Stories stories = new Stories(new StoryGrouper(), new StorySummary(), null);
        List<StoryDigest> yesterday = stories.of(List.of(IncidentFixtures.attackFirst(), IncidentFixtures.weather()));
        List<Stories.Earlier> earlier = yesterday.stream().map(st -> new Stories.Earlier("2026-11-19", st,
                st.articleIds().stream().map(id -> id.startsWith("a1") ? IncidentFixtures.attackFirst()
                        : IncidentFixtures.weather()).toList())).toList();
        String attackYesterday = yesterday.stream().filter(st -> st.articleIds().contains("a1a1a1a1a1a1a1a1"))
                .findFirst().orElseThrow().id();
        List<StoryDigest> tonight = stories.of(List.of(IncidentFixtures.later(IncidentFixtures.attackSecond(),
                "f6f6f6f6f6f6f6f6", "2026-11-20"), IncidentFixtures.jordanCondemns()), earlier);
        for (StoryDigest st : tonight) {
            if (st.articleIds().contains("f6f6f6f6f6f6f6f6")) {
                assertTrue(st.continuation().continuing(), st.continuation().toString());
                assertEquals(attackYesterday, st.continuation().storyId());
                assertEquals("2026-11-19", st.continuation().date());
                assertEquals("../2026-11-19/stories/" + attackYesterday, st.continuation().digest());
            } else {
                assertEquals("new", st.continuation().status(), "a new statement is a new story, not the attack again");
            }
        }
    }
}
