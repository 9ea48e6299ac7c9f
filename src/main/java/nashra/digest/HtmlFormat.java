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
import nashra.outlet.Outlet;

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
    private static final Template REJECTS = COMPILER.compile(resource("rejects.html.mustache"));

    private HtmlFormat() {
    }

    public static String article(ArticleDigest d) {
        return article(d, null);
    }

    /**
     * An article page; with its story, it links back to it as well as to the briefing (step 1
     * writes the page before stories exist, step 2 writes it again with the story).
     *
     * @param story the story the article belongs to, or null
     */
    public static String article(ArticleDigest d, StoryDigest story) {
        Map<String, Object> view = new HashMap<>();
        view.put("css", CSS);
        view.put("id", d.id());
        view.put("titleEn", d.title().en());
        view.put("titleAr", d.title().ar());
        view.put("outlet", outlet(d.outletOrSource()));
        view.put("published", Published.display(d.published()));
        view.put("url", safeLink(d.url()));
        view.put("origin", d.origin());
        if (story != null) {
            view.put("story", Map.of("href", "../stories/" + story.id() + ".html", "headlineEn", story.headline().en(),
                    "briefing", "../briefing.html#story-" + story.id()));
        }
        view.put("summary", pairs(d.summarySentences()));
        view.put("sentences", pairs(d.sentences()));
        view.put("count", d.sentences().size());
        view.put("model", d.model().name());
        view.put("revision", d.model().revision());
        return ARTICLE.execute(view);
    }

    /**
     * The story page: headline, cross-source summary with the outlets that carry each sentence
     * (each a link to that sentence in that outlet's article), sources with their times and
     * originals, and each member's full text (folded) from its digest.
     *
     * @param members the member digests by id; a member missing here is listed without its text
     */
    public static String story(StoryDigest story, Map<String, ArticleDigest> members) {
        Map<String, Object> view = new HashMap<>();
        view.put("css", CSS);
        view.put("id", story.id());
        view.put("headlineEn", story.headline().en());
        view.put("headlineAr", story.headline().ar());
        view.put("published", Published.display(story.published()));
        view.put("sourceLine", sourceLine(story.sourceCount(), story.sources().size()));
        view.put("multi", story.sources().size() > 1);
        Map<String, Outlet> outlets = new HashMap<>();
        Map<String, String> pages = new HashMap<>();
        story.sources().forEach(src -> {
            outlets.put(src.articleId(), sourceOutlet(src));
            pages.put(src.articleId(), src.digest());
        });
        view.put("summary", cited(story.summary(), story.sources().size() > 1, outlets, pages));
        view.put("disagreements", disagreements(story.disagreements(), outlets));
        view.put("sources", story.sources().stream().map(src -> {
            Map<String, Object> item = new HashMap<>();
            item.put("outlet", outlet(sourceOutlet(src)));
            item.put("titleEn", src.title().en());
            item.put("published", Published.display(src.published()));
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
     * The page analysts open each morning, built to stay small on a night of thousands of
     * articles: a table of contents; the stories several outlets carried, each with headline,
     * outlets, time and cross-source summary; then every other story as one line (English
     * headline, time, links) grouped by outlet. Full texts are on the story and article pages.
     *
     * <p>The page is a list of sections, each a heading with story cards and outlet lists in it,
     * so another kind of section (incidents that group stories) can be put before the others.
     *
     * @param digests every article digest of the run by id (unused since full texts left this page; kept for callers)
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
        view.put("storyCount", plural(b.allStories().size(), "story", "stories"));
        view.put("articleCount", plural(b.counts().written(), "article", "articles"));
        FrontPage page = FrontPage.of(b);
        view.put("multiCount", page.several().size());
        List<Map<String, Object>> cards = page.several().stream().map(HtmlFormat::card).toList();
        List<Map<String, Object>> groups = new ArrayList<>();
        for (FrontPage.OutletGroup g : page.byOutlet()) {
            Map<String, Object> group = new HashMap<>();
            group.put("anchor", g.anchor());
            group.put("outlet", outlet(g.outlet()));
            group.put("count", g.stories().size());
            group.put("items", g.stories().stream().map(st -> line(st, b.runDate())).toList());
            groups.add(group);
        }
        // Incidents first: each happening with its stories (the attack, the claim, the reactions).
        List<Map<String, Object>> incidentSections = new ArrayList<>();
        for (Briefing.IncidentEntry in : page.incidents()) {
            Map<String, Object> section = new HashMap<>();
            section.put("anchor", "incident-" + anchor(in.id()));
            section.put("heading", shortened(in.headline().en(), HEADLINE_WORDS));
            section.put("tocLabel", tocLabel(in.headline().en()));
            section.put("fullHeading", in.headline().en());
            section.put("headingAr", shortened(in.headline().ar(), HEADLINE_WORDS));
            section.put("incidentLine", incidentLine(in.storyCount(), in.articleCount(), in.sourceCount()));
            section.put("count", in.storyCount());
            // Compact as the rest of the page: a card only for a story several outlets carried,
            // one line (outlet, headline, time, link) for each of the others. A full night has
            // dozens of incidents; a card for every story in them made the page grow with the night.
            section.put("cards", in.stories().stream().filter(FrontPage::severalOutlets).map(HtmlFormat::card).toList());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Briefing.StoryEntry st : in.stories()) {
                if (!FrontPage.severalOutlets(st)) {
                    Map<String, Object> item = line(st, b.runDate());
                    item.put("outlet", outlet(FrontPage.firstOutlet(st)));
                    lines.add(item);
                }
            }
            section.put("lines", lines);
            section.put("hasLines", !lines.isEmpty());
            section.put("incident", true);
            incidentSections.add(section);
        }
        List<Map<String, Object>> otherSections = new ArrayList<>();
        if (!cards.isEmpty()) {
            otherSections.add(Map.of("anchor", "several", "heading", "Carried by several outlets", "count", cards.size(),
                    "cards", cards));
        }
        if (!groups.isEmpty()) {
            otherSections.add(Map.of("anchor", "by-outlet", "heading", page.byOutletHeading(), "count", page.otherCount(),
                    "groups", groups, "hasGroups", true));
        }
        List<Map<String, Object>> sections = new ArrayList<>(incidentSections);
        sections.addAll(otherSections);
        view.put("sections", sections);
        // The contents list the incidents apart, each by the first words of its headline in a
        // flowing list: a night of dozens of incidents kept the other sections off the first screen.
        view.put("tocIncidents", incidentSections);
        view.put("hasIncidents", !incidentSections.isEmpty());
        view.put("incidentCount", incidentSections.size());
        view.put("firstIncident", incidentSections.isEmpty() ? "" : incidentSections.get(0).get("anchor"));
        view.put("tocOthers", otherSections);
        view.put("hasStories", !b.allStories().isEmpty());
        return BRIEFING.execute(view);
    }

    /**
     * The rejects page: every input that did not become a digest, with its reason, where it is,
     * and its first line so a person can tell which article it was without opening the file.
     */
    public static String rejects(String runDate, List<RejectRow> rows) {
        Map<String, Object> view = new HashMap<>();
        view.put("css", CSS);
        view.put("runDate", runDate);
        view.put("count", plural(rows.size(), "input", "inputs"));
        view.put("rows", rows);
        view.put("hasRows", !rows.isEmpty());
        return REJECTS.execute(view);
    }

    /** One rejected input as the rejects page shows it. */
    public record RejectRow(String reason, String origin, String detail, String firstLine) {
    }

    private static Map<String, Object> card(Briefing.StoryEntry st) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("id", st.id());
        entry.put("digest", st.digest());
        entry.put("headlineEn", shortened(st.headline().en(), HEADLINE_WORDS));
        entry.put("headlineAr", shortened(st.headline().ar(), HEADLINE_WORDS));
        entry.put("published", Published.display(st.published()));
        entry.put("sourceLine", sourceLine(st.sourceCount(), st.articles().size()));
        Map<String, Outlet> outlets = new HashMap<>();
        Map<String, String> pages = new HashMap<>();
        st.articles().forEach(a -> {
            outlets.put(a.id(), a.outlet());
            pages.put(a.id(), a.digest());
        });
        entry.put("summary", cited(st.summary(), true, outlets, pages));
        entry.put("disagreements", disagreements(st.disagreements(), outlets));
        entry.put("continuation", continuationView(st.continuation(), ""));
        entry.put("sources", st.articles().stream().map(a -> {
            Map<String, Object> item = new HashMap<>();
            item.put("outlet", outlet(a.outlet()));
            item.put("digest", a.digest());
            item.put("time", Published.clock(a.published()));
            item.put("url", safeLink(a.url()));
            item.put("flagged", a.flagged());
            return item;
        }).toList());
        return entry;
    }

    /** One line of the compact list; a time on the briefing's own date is shown without the date. */
    private static Map<String, Object> line(Briefing.StoryEntry st, String runDate) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", st.id());
        item.put("digest", st.digest());
        item.put("headlineEn", shortened(st.headline().en(), HEADLINE_WORDS));
        item.put("published", st.published().startsWith(runDate) ? Published.clock(st.published())
                : Published.display(st.published()));
        item.put("more", st.articles().size() > 1 ? st.articles().size() + " articles" : "");
        item.put("continuation", continuationView(st.continuation(), ""));
        String url = st.articles().isEmpty() ? "" : safeLink(st.articles().get(0).url());
        item.put("url", url);
        return item;
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Words of a headline kept in the contents; the full headline is the entry's tooltip. */
    static final int TOC_WORDS = 7;

    /** A headline's first {@link #TOC_WORDS} words, with an ellipsis when there are more. */
    static String tocLabel(String headline) {
        return shortened(headline, TOC_WORDS);
    }

    /**
     * Words of a headline the front page shows. An article that came without a title is headed by
     * its first sentence, which can run to sixty words and five lines; the front page is for
     * scanning, and the story and article pages show it whole.
     */
    static final int HEADLINE_WORDS = 24;

    /** The first words of a headline, with an ellipsis when there are more. */
    static String shortened(String headline, int most) {
        String[] words = headline.strip().split("\\s+");
        if (words.length <= most) {
            return headline.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, most)).replaceAll("[,;:.،؛]+$", "") + "…";
    }

    /** An id made safe for an HTML anchor. */
    static String anchor(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** An outlet for a template: the English name, and the Arabic beside a transliteration. */
    static Map<String, Object> outlet(Outlet o) {
        Map<String, Object> view = new HashMap<>();
        view.put("en", o.en().isEmpty() ? o.ar() : o.en());
        view.put("ar", o.ar());
        view.put("arBeside", o.registered() || o.en().equals(o.ar()) ? "" : o.ar());
        view.put("country", o.country());
        return view;
    }

    private static Outlet sourceOutlet(StoryDigest.Source src) {
        if (src.outlet() != null) {
            return src.outlet();
        }
        return src.name().isEmpty() || Outlet.UNKNOWN_ID.equals(src.name()) ? Outlet.UNKNOWN
                : new Outlet("name:" + src.name(), src.name(), src.name(), "", false);
    }

    // --- Incidents and continuations (issue 12) ---

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
        if (outlets == 0) {
            return articles + " articles, outlet unknown";
        }
        String outletText = outlets + (outlets == 1 ? " outlet" : " outlets");
        return outlets == articles ? outletText : articles + " articles, " + outletText;
    }

    /** @param digestPath the article's digest files without extension, relative to the page */
    private static Map<String, Object> member(ArticleDigest d, String digestPath) {
        Map<String, Object> member = new HashMap<>();
        member.put("titleEn", d.title().en());
        member.put("titleAr", d.title().ar());
        member.put("outlet", outlet(d.outletOrSource()));
        member.put("published", Published.display(d.published()));
        member.put("url", safeLink(d.url()));
        member.put("digest", digestPath);
        member.put("sentences", pairs(d.sentences()));
        return member;
    }

    /**
     * Summary sentences, each (when the story has several articles) with every article that
     * carries it: its outlet's name, linking to the sentence in that article ({@code #sN}).
     *
     * @param pages each article's digest path without extension, relative to the page
     */
    private static List<Map<String, Object>> cited(List<StoryDigest.Sentence> sentences, boolean cite,
            Map<String, Outlet> outlets, Map<String, String> pages) {
        return sentences.stream().map(s -> {
            Map<String, Object> pair = new HashMap<>();
            pair.put("en", s.en());
            pair.put("ar", s.ar());
            pair.put("flags", badges(s.flags(), s::explain));
            if (cite) {
                List<Map<String, Object>> carriers = new ArrayList<>();
                for (int i = 0; i < s.articleIds().size(); i++) {
                    String id = s.articleIds().get(i);
                    Outlet o = outlets.getOrDefault(id, Outlet.UNKNOWN);
                    String sentence = i < s.indices().size() ? "#s" + (s.indices().get(i) + 1) : "";
                    carriers.add(Map.of("name", o.en().isEmpty() ? o.ar() : o.en(),
                            "href", pages.getOrDefault(id, "articles/" + DigestFiles.name(id)) + ".html" + sentence));
                }
                pair.put("cites", Map.of("carriers", carriers));
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
            pair.put("flags", badges(s.flags(), s::explain));
            return pair;
        }).toList();
    }

    /**
     * Each disputed statement with its values and who gives each, for the story's summary; the
     * outlets by the names the analyst reads elsewhere on the page (English), one each.
     */
    private static List<Map<String, Object>> disagreements(List<StoryDigest.Disagreement> disagreements,
            Map<String, Outlet> outlets) {
        return disagreements.stream().map(d -> Map.<String, Object>of("kind", d.kind(), "readings",
                d.readings().stream().map(r -> {
                    List<String> names = r.articleIds().stream().map(outlets::get).filter(java.util.Objects::nonNull)
                            .map(o -> o.en().isEmpty() ? o.ar() : o.en()).distinct().toList();
                    int n = r.articleIds().size();
                    return Map.<String, Object>of("value", r.value(), "en", r.en(), "ar", r.ar(), "names",
                            !names.isEmpty() ? names : r.sources().isEmpty()
                                    ? List.of(n + (n == 1 ? " article" : " articles")) : r.sources());
                }).toList())).toList();
    }

    /** Badge labels an analyst reads at a glance; the note under the English says the rest. */
    private static final Map<String, String> LABELS = Map.of(
            "KEPT", "not translated", "LATIN", "Latin text", "NUMBER", "number", "NAME", "name",
            "LOW_CONFIDENCE", "low confidence", "SPLIT", "split", "MAX_LENGTH", "cut short", "REPETITION", "repetition");

    /**
     * Each flag as a badge and a note: what was checked and what differed, printed on the page
     * (no tooltips: a phone has no hover, and a printout keeps what is on screen).
     */
    static List<Map<String, Object>> badges(List<String> flags, java.util.function.Function<String, String> explain) {
        return flags.stream().map(f -> Map.<String, Object>of("flag", f, "label", LABELS.getOrDefault(f, f),
                "note", explain.apply(f))).toList();
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
