package nashra.digest;

import java.util.List;

/**
 * Digests as Markdown: the summary first, then the full text as a two-column table, English
 * beside the Arabic it came from. Article text is escaped so that it can never become markup.
 */
public final class MarkdownFormat {

    private MarkdownFormat() {
    }

    public static String article(ArticleDigest d) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(d.title().en())).append("\n\n");
        md.append("**").append(escape(d.title().ar())).append("**\n\n");
        md.append(meta(name(d.outletOrSource()), d.url(), d.published())).append("\n\n");
        md.append("## Summary\n\n");
        for (SentencePair s : d.summarySentences()) {
            md.append("- ").append(escape(s.en())).append(flags(s.flags())).append("\n")
              .append("  > ").append(escape(s.ar())).append("\n");
        }
        md.append("\n## Full text\n\n| # | English | العربية |\n|---:|---|---|\n");
        for (SentencePair s : d.sentences()) {
            md.append("| ").append(s.index() + 1).append(" | ").append(cell(s.en())).append(flags(s.flags()))
              .append(" | ").append(cell(s.ar())).append(" |\n");
        }
        List<SentencePair> flagged = d.sentences().stream().filter(s -> !s.notes().isEmpty()).toList();
        if (!flagged.isEmpty()) {
            // The badges in the table say what was flagged; these say why, as the HTML page's notes do.
            md.append("\n## Translation warnings\n\n");
            for (SentencePair s : flagged) {
                for (SentencePair.Note note : s.notes()) {
                    md.append("- Sentence ").append(s.index() + 1).append(", ").append(note.flag()).append(": ")
                      .append(escape(note.text())).append("\n");
                }
            }
        }
        md.append("\n_Translated by ").append(escape(d.model().name())).append(" (revision ")
          .append(escape(d.model().revision())).append("). Article id ").append(d.id()).append("._\n");
        return md.toString();
    }

    public static String story(StoryDigest story) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(story.headline().en())).append("\n\n");
        md.append("**").append(escape(story.headline().ar())).append("**\n\n");
        md.append(HtmlFormat.sourceLine(story.sourceCount(), story.sources().size()));
        if (!story.published().isEmpty()) {
            md.append(" · ").append(escape(Published.display(story.published())));
        }
        md.append(continues(story.continuation(), "../"));
        if (story.incident() != null) {
            StoryDigest.IncidentRef in = story.incident();
            md.append("\n\nPart of **").append(escape(in.headline().en())).append("** (")
              .append(HtmlFormat.incidentLine(in.storyCount(), in.articleCount(), in.sourceCount())).append("):");
            for (StoryDigest.StoryLink other : in.stories()) {
                md.append(other.id().equals(story.id()) ? "\n- this story" : "\n- [" + escape(other.headline().en())
                        + "](" + DigestFiles.name(other.id()) + ".md)");
            }
        }
        boolean cite = story.sources().size() > 1;
        md.append(cite ? "\n\n## What the outlets report\n\n" : "\n\n## Summary\n\n");
        for (StoryDigest.Sentence s : story.summary()) {
            md.append(sentence(s, cite, story.sources().stream().collect(java.util.stream.Collectors.toMap(
                    StoryDigest.Source::articleId, src -> src.outlet() == null ? src.name() : name(src.outlet()), (a, b) -> a))));
        }
        md.append("\n## Sources\n\n");
        for (StoryDigest.Source src : story.sources()) {
            md.append("- [").append(escape(src.title().en())).append("](").append(src.digest()).append(".md)");
            String meta = meta(src.outlet() == null ? src.name() : name(src.outlet()), src.url(), src.published());
            md.append(meta.isEmpty() ? "" : " · " + meta).append("\n");
        }
        md.append("\n_Translated by ").append(escape(story.model().name())).append(" (revision ")
          .append(escape(story.model().revision())).append("). Story id ").append(story.id()).append("._\n");
        return md.toString();
    }

    /**
     * The front page in Markdown, laid out as the HTML one ({@link FrontPage}): incidents with
     * their stories, the stories several outlets carried with their summaries, then one line per
     * other story under its outlet, so a night of thousands of articles stays readable here too.
     */
    public static String briefing(Briefing b) {
        FrontPage page = FrontPage.of(b);
        StringBuilder md = new StringBuilder();
        md.append("# Morning briefing, ").append(b.runDate()).append("\n\n");
        md.append(HtmlFormat.plural(b.allStories().size(), "story", "stories")).append(" from ")
          .append(HtmlFormat.plural(b.counts().written(), "article", "articles"));
        if (!page.several().isEmpty()) {
            md.append(", ").append(page.several().size()).append(" carried by several outlets");
        }
        md.append(". ").append(b.counts().read()).append(" read, ").append(b.counts().written()).append(" written, ")
          .append(b.counts().rejected()).append(" rejected");
        md.append(b.counts().rejected() > 0 ? " ([rejected inputs](rejects.html)).\n\n" : ".\n\n");
        for (Briefing.IncidentEntry in : page.incidents()) {
            md.append("## ").append(escape(in.headline().en())).append("\n\n")
              .append(escape(in.headline().ar())).append("  \n")
              .append(HtmlFormat.incidentLine(in.storyCount(), in.articleCount(), in.sourceCount())).append("\n\n");
            // As on the HTML page: a card for a story several outlets carried, a line for the others.
            in.stories().stream().filter(FrontPage::severalOutlets).forEach(st -> card(md, st));
            List<Briefing.StoryEntry> lines = in.stories().stream().filter(st -> !FrontPage.severalOutlets(st)).toList();
            for (Briefing.StoryEntry st : lines) {
                String outlet = st.articles().isEmpty() ? "" : name(st.articles().get(0).outlet());
                md.append("- ").append(outlet.isEmpty() ? "" : escape(outlet) + ": ");
                line(md, st, b.runDate());
            }
            md.append(lines.isEmpty() ? "" : "\n");
        }
        if (!page.several().isEmpty()) {
            md.append("## Carried by several outlets\n\n");
            page.several().forEach(st -> card(md, st));
        }
        if (!page.byOutlet().isEmpty()) {
            md.append("## ").append(page.byOutletHeading()).append("\n\n");
            for (FrontPage.OutletGroup g : page.byOutlet()) {
                md.append("### ").append(g.outlet().named() ? escape(name(g.outlet())) : "Unknown outlet")
                  .append(" (").append(g.stories().size()).append(")\n\n");
                for (Briefing.StoryEntry st : g.stories()) {
                    md.append("- ");
                    line(md, st, b.runDate());
                }
                md.append("\n");
            }
        }
        md.append("_Translated by ").append(escape(b.model().name())).append(" (revision ")
          .append(escape(b.model().revision())).append("). Times are each outlet's local time._\n");
        return md.toString();
    }

    /** One story as one line: headline linked, time (without the date on the briefing's day), links. */
    private static void line(StringBuilder md, Briefing.StoryEntry st, String runDate) {
        md.append("[").append(escape(st.headline().en())).append("](").append(st.digest()).append(".md)");
        if (!st.published().isEmpty()) {
            md.append(" · ").append(escape(st.published().startsWith(runDate)
                    ? Published.clock(st.published()) : Published.display(st.published())));
        }
        if (st.articles().size() > 1) {
            md.append(" · ").append(st.articles().size()).append(" articles");
        }
        String url = st.articles().isEmpty() ? "" : st.articles().get(0).url();
        if (!HtmlFormat.safeLink(url).isEmpty()) {
            md.append(" · ").append(link(url));
        }
        md.append(continues(st.continuation(), "")).append("\n");
    }

    /** A story with its summary: headline, outlets and time, the summary cited, disagreements, sources. */
    private static void card(StringBuilder md, Briefing.StoryEntry st) {
        boolean several = st.articles().size() > 1;
        md.append("### [").append(escape(st.headline().en())).append("](").append(st.digest()).append(".md)\n\n");
        md.append(escape(st.headline().ar())).append("  \n")
          .append(HtmlFormat.sourceLine(st.sourceCount(), st.articles().size()));
        if (!st.published().isEmpty()) {
            md.append(" · ").append(escape(Published.display(st.published())));
        }
        md.append(continues(st.continuation(), "")).append("\n\n");
        java.util.Map<String, String> names = st.articles().stream().collect(java.util.stream.Collectors.toMap(
                Briefing.Entry::id, e -> name(e.outlet()), (x, y) -> x));
        for (StoryDigest.Sentence s : st.summary()) {
            md.append(sentence(s, several, names));
        }
        for (StoryDigest.Disagreement d : st.disagreements()) {
            md.append("- **The outlets disagree on a ").append(escape(d.kind().toLowerCase(java.util.Locale.ROOT)))
              .append(":** ");
            for (int i = 0; i < d.readings().size(); i++) {
                StoryDigest.Reading r = d.readings().get(i);
                List<String> who = r.articleIds().stream().map(names::get).filter(x -> x != null && !x.isEmpty())
                        .distinct().toList();
                md.append(i > 0 ? "; " : "").append(escape(r.value())).append(" (")
                  .append(escape(who.isEmpty() ? String.join(", ", r.sources()) : String.join(", ", who))).append(")");
            }
            md.append("\n");
        }
        md.append("\nSources: ");
        for (int i = 0; i < st.articles().size(); i++) {
            Briefing.Entry e = st.articles().get(i);
            String outlet = name(e.outlet());
            md.append(i > 0 ? " · " : "").append("[").append(outlet.isEmpty() ? "unknown outlet" : escape(outlet))
              .append("](").append(e.digest()).append(".md)");
            if (!e.published().isEmpty()) {
                md.append(" ").append(escape(Published.clock(e.published())));
            }
            if (!HtmlFormat.safeLink(e.url()).isEmpty()) {
                md.append(" ").append(link(e.url()));
            }
        }
        md.append("\n\n");
    }

    /** " · continues “…” (briefing of 2026-11-19)", linked, or nothing for a new story. */
    private static String continues(StoryDigest.Continuation c, String up) {
        if (c == null || !c.continuing()) {
            return "";
        }
        String headline = c.headline() == null ? c.storyId() : c.headline().en();
        return " · continues [" + escape(headline) + "](" + up + c.digest() + ".md) (briefing of " + c.date() + ")";
    }

    /** An autolink; callers check {@link HtmlFormat#safeLink} first, so only web links get here. */
    private static String link(String url) {
        return "<" + url.replace(">", "%3E").replace(" ", "%20") + ">";
    }

    /** "SyriaNews", or a name the registry does not know with its Arabic: "Syryanywz (سيريانيوز)". */
    private static String name(nashra.outlet.Outlet o) {
        if (!o.named()) {
            return "";
        }
        return o.registered() || o.ar().isEmpty() || o.ar().equals(o.en()) ? o.en() : o.en() + " (" + o.ar() + ")";
    }

    /** @param names outlet name by article id, for the outlets that carry the sentence */
    private static String sentence(StoryDigest.Sentence s, boolean cite, java.util.Map<String, String> names) {
        StringBuilder md = new StringBuilder("- ").append(escape(s.en())).append(flags(s.flags()));
        if (cite) {
            int n = s.articleIds().size();
            List<String> carriers = s.articleIds().stream().map(id -> names.getOrDefault(id, ""))
                    .filter(x -> !x.isEmpty()).distinct().toList();
            md.append(" — ").append(carriers.isEmpty() ? n + (n == 1 ? " article" : " articles")
                    : escape(String.join(", ", carriers)));
        }
        return md.append("\n  > ").append(escape(s.ar())).append("\n").toString();
    }

    private static String meta(String source, String url, String published) {
        StringBuilder line = new StringBuilder();
        if (!source.isEmpty()) {
            line.append(escape(source));
        }
        if (!published.isEmpty()) {
            line.append(line.length() > 0 ? " · " : "").append(escape(Published.display(published)));
        }
        if (!HtmlFormat.safeLink(url).isEmpty()) {
            line.append(line.length() > 0 ? " · " : "").append(link(url));
        }
        return line.toString();
    }

    private static String flags(List<String> flags) {
        return flags.isEmpty() ? "" : " ⚠ " + String.join(", ", flags);
    }

    private static String cell(String text) {
        return escape(text).replace("\n", " ");
    }

    /** Backslash-escapes the characters Markdown reads as syntax, and HTML's angle brackets. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
