package nashra.digest;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Digests as self-contained HTML pages (styles inline, no scripts, no network requests): Arabic
 * right-to-left beside English, the summary on top. Mustache escapes every value, so markup in
 * an article shows as text; only the project's own stylesheet is inserted raw.
 */
public final class HtmlFormat {

    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true).zeroIsFalse(true);
    private static final String CSS = resource("style.css");
    private static final Template ARTICLE = COMPILER.compile(resource("article.html.mustache"));
    private static final Template BRIEFING = COMPILER.compile(resource("briefing.html.mustache"));
    private static final Template STORY = COMPILER.compile(resource("story.html.mustache"));

    private HtmlFormat() {
    }

    public static String article(ArticleDigest d) {
        Map<String, Object> view = new HashMap<>();
        view.put("css", CSS);
        view.put("id", d.id());
        view.put("titleEn", d.title().en());
        view.put("titleAr", d.title().ar());
        view.put("source", d.source());
        view.put("published", d.published());
        view.put("url", safeLink(d.url()));
        view.put("origin", d.origin());
        view.put("summary", pairs(d.summarySentences()));
        view.put("sentences", pairs(d.sentences()));
        view.put("count", d.sentences().size());
        view.put("model", d.model().name());
        view.put("revision", d.model().revision());
        return ARTICLE.execute(view);
    }

    /**
     * The story page: headline, cross-source summary with the outlets that carry each sentence,
     * sources, and each member's full text (folded) from its digest.
     *
     * @param members the member digests by id; a member missing here is listed without its text
     */
    public static String story(StoryDigest story, Map<String, ArticleDigest> members) {
        Map<String, Object> view = new HashMap<>();
        view.put("css", CSS);
        view.put("id", story.id());
        view.put("headlineEn", story.headline().en());
        view.put("headlineAr", story.headline().ar());
        view.put("published", story.published());
        view.put("sourceLine", sourceLine(story.sourceCount(), story.sources().size()));
        view.put("multi", story.sources().size() > 1);
        view.put("summary", cited(story.summary(), story.sources().size() > 1));
        view.put("sources", story.sources().stream().map(src -> {
            Map<String, Object> item = new HashMap<>();
            item.put("name", src.name().isEmpty() ? "unknown outlet" : src.name());
            item.put("titleEn", src.title().en());
            item.put("published", src.published());
            item.put("url", safeLink(src.url()));
            item.put("digest", src.digest());
            return item;
        }).toList());
        view.put("articles", story.sources().stream().filter(src -> members.containsKey(src.articleId()))
                .map(src -> member(members.get(src.articleId()), src.digest())).toList());
        view.put("model", story.model().name());
        view.put("revision", story.model().revision());
        if (story.incident() != null) {
            StoryDigest.IncidentRef in = story.incident();
            Map<String, Object> incident = incidentView(in.id(), in.headline(), in.storyCount(), in.articleCount(),
                    in.sourceCount());
            incident.put("stories", in.stories().stream().map(link -> {
                Map<String, Object> item = new HashMap<>();
                item.put("id", link.id());
                item.put("headlineEn", link.headline().en());
                item.put("self", link.id().equals(story.id()));
                return item;
            }).toList());
            view.put("incident", incident);
        }
        view.put("continuation", continuationView(story.continuation(), "../"));
        return STORY.execute(view);
    }

    /**
     * The page analysts open each morning: stories reported by several outlets first, each with
     * its summary (English beside Arabic) and its members' full texts folded under it.
     *
     * @param digests every article digest of the run by id, for the full texts
     */
    public static String briefing(Briefing b, Map<String, ArticleDigest> digests) {
        Map<String, Object> view = new HashMap<>();
        view.put("css", CSS);
        view.put("runDate", b.runDate());
        view.put("generatedAt", b.generatedAt());
        view.put("read", b.counts().read());
        view.put("written", b.counts().written());
        view.put("rejected", b.counts().rejected());
        view.put("model", b.model().name());
        view.put("revision", b.model().revision());
        view.put("storyCount", b.allStories().size());
        long multi = b.allStories().stream().filter(st -> st.articles().size() > 1).count();
        view.put("multiCount", multi);
        List<Map<String, Object>> stories = new ArrayList<>();
        List<Briefing.StoryEntry> all = b.allStories();
        int inIncidents = all.size() - b.stories().size();
        for (int i = 0; i < all.size(); i++) {
            Briefing.StoryEntry st = all.get(i);
            boolean isMulti = st.articles().size() > 1;
            Map<String, Object> entry = new HashMap<>();
            // Group headings only when there is something to tell apart (the incidents come first,
            // each under its own heading, then the stories of no incident).
            int plain = i - inIncidents;
            entry.put("firstMulti", plain == 0 && isMulti && (multi < all.size() || inIncidents > 0));
            entry.put("firstSingle", plain >= 0 && !isMulti && (plain > 0 ? all.get(i - 1).articles().size() > 1
                    : inIncidents > 0));
            incidentMarks(b, st, entry);
            entry.put("id", st.id());
            entry.put("digest", st.digest());
            entry.put("headlineEn", st.headline().en());
            entry.put("headlineAr", st.headline().ar());
            entry.put("published", st.published());
            entry.put("sourceLine", sourceLine(st.sourceCount(), st.articles().size()));
            entry.put("multi", isMulti);
            entry.put("articleCount", st.articles().size());
            entry.put("summary", cited(st.summary(), isMulti));
            entry.put("sources", st.articles().stream().map(a -> {
                Map<String, Object> item = new HashMap<>();
                item.put("name", a.source().isEmpty() ? a.title().en() : a.source());
                item.put("digest", a.digest());
                item.put("url", safeLink(a.url()));
                item.put("flagged", a.flagged());
                return item;
            }).toList());
            entry.put("articles", st.articles().stream().map(a -> {
                ArticleDigest d = digests.get(a.id());
                return d == null ? Map.<String, Object>of("digest", a.digest()) : member(d, a.digest());
            }).toList());
            stories.add(entry);
        }
        view.put("stories", stories);
        return BRIEFING.execute(view);
    }

    // --- Incidents and continuations (issue 12): kept apart so the front page can take them over. ---

    /**
     * Marks the first story of an incident (the incident's heading opens there) and its last (the
     * incident closes after it), and says whether the story continues an earlier briefing's.
     */
    private static void incidentMarks(Briefing b, Briefing.StoryEntry st, Map<String, Object> entry) {
        for (Briefing.IncidentEntry in : b.incidents()) {
            List<Briefing.StoryEntry> members = in.stories();
            if (members.get(0).id().equals(st.id())) {
                entry.put("incidentOpen", incidentView(in.id(), in.headline(), in.storyCount(), in.articleCount(),
                        in.sourceCount()));
            }
            if (members.get(members.size() - 1).id().equals(st.id())) {
                entry.put("incidentClose", true);
            }
        }
        entry.put("continuation", continuationView(st.continuation(), ""));
    }

    private static Map<String, Object> incidentView(String id, Bilingual headline, int stories, int articles,
            int outlets) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", id);
        view.put("headlineEn", headline.en());
        view.put("headlineAr", headline.ar());
        view.put("line", incidentLine(stories, articles, outlets));
        return view;
    }

    /** "3 stories, 12 articles, 7 outlets". */
    static String incidentLine(int stories, int articles, int outlets) {
        return stories + " stories, " + articles + (articles == 1 ? " article, " : " articles, ") + outlets
                + (outlets == 1 ? " outlet" : " outlets");
    }

    /** @param up what leads from the page to the run folder ("" for the briefing, "../" for a story page) */
    private static Map<String, Object> continuationView(StoryDigest.Continuation c, String up) {
        if (c == null || !c.continuing()) {
            return null;
        }
        Map<String, Object> view = new HashMap<>();
        view.put("date", c.date());
        view.put("headlineEn", c.headline() == null ? c.storyId() : c.headline().en());
        view.put("digest", up + c.digest());
        return view;
    }

    /** "3 outlets", "2 articles, 1 outlet", "1 article". */
    static String sourceLine(int outlets, int articles) {
        if (articles == 1) {
            return "1 article";
        }
        String outletText = outlets + (outlets == 1 ? " outlet" : " outlets");
        return outlets == articles ? outletText : articles + " articles, " + outletText;
    }

    /** @param digestPath the article's digest files without extension, relative to the page */
    private static Map<String, Object> member(ArticleDigest d, String digestPath) {
        Map<String, Object> member = new HashMap<>();
        member.put("titleEn", d.title().en());
        member.put("titleAr", d.title().ar());
        member.put("source", d.source());
        member.put("published", d.published());
        member.put("url", safeLink(d.url()));
        member.put("digest", digestPath);
        member.put("sentences", pairs(d.sentences()));
        return member;
    }

    /** Summary sentences, each with the outlets that carry it when the story has several articles. */
    private static List<Map<String, Object>> cited(List<StoryDigest.Sentence> sentences, boolean cite) {
        return sentences.stream().map(s -> {
            Map<String, Object> pair = new HashMap<>();
            pair.put("en", s.en());
            pair.put("ar", s.ar());
            pair.put("flags", s.flags());
            if (cite) {
                int n = s.articleIds().size();
                List<String> names = s.sources().isEmpty() ? List.of(n + (n == 1 ? " article" : " articles")) : s.sources();
                pair.put("cites", Map.of("names", names));
            }
            return pair;
        }).toList();
    }

    private static List<Map<String, Object>> pairs(List<SentencePair> sentences) {
        return sentences.stream().map(s -> {
            Map<String, Object> pair = new HashMap<>();
            pair.put("number", s.index() + 1);
            pair.put("en", s.en());
            pair.put("ar", s.ar());
            pair.put("flags", s.flags());
            return pair;
        }).toList();
    }

    /** Only web links become links: a {@code javascript:} URL in the input must not. */
    static String safeLink(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : "";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlFormat.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
