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

    public static String briefing(Briefing b) {
        StringBuilder md = new StringBuilder();
        md.append("# Morning briefing, ").append(b.runDate()).append("\n\n");
        long multi = b.allStories().stream().filter(st -> st.articles().size() > 1).count();
        md.append(HtmlFormat.plural(b.allStories().size(), "story", "stories")).append(" from ")
          .append(HtmlFormat.plural(b.counts().written(), "article", "articles"));
        if (multi > 0) {
            md.append(", ").append(multi).append(" reported by several outlets");
        }
        md.append(". ").append(b.counts().read()).append(" read, ").append(b.counts().written()).append(" written, ")
          .append(b.counts().rejected()).append(" rejected.\n\n");
        for (Briefing.StoryEntry st : b.allStories()) {
            boolean several = st.articles().size() > 1;
            md.append("## [").append(escape(st.headline().en())).append("](").append(st.digest()).append(".md)\n\n");
            md.append(escape(st.headline().ar())).append("  \n")
              .append(HtmlFormat.sourceLine(st.sourceCount(), st.articles().size()));
            if (!st.published().isEmpty()) {
                md.append(" · ").append(escape(Published.display(st.published())));
            }
            md.append("\n\n");
            for (StoryDigest.Sentence s : st.summary()) {
                md.append(sentence(s, several, st.articles().stream().collect(java.util.stream.Collectors.toMap(
                        Briefing.Entry::id, e -> name(e.outlet()), (x, y) -> x))));
            }
            md.append("\nArticles: ");
            for (int i = 0; i < st.articles().size(); i++) {
                Briefing.Entry e = st.articles().get(i);
                md.append(i > 0 ? " · " : "").append("[").append(escape(e.title().en())).append("](").append(e.digest())
                  .append(".md)");
                if (e.outlet().named()) {
                    md.append(" (").append(escape(name(e.outlet()))).append(")");
                }
            }
            md.append("\n\n");
        }
        return md.toString();
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
        if (!url.isEmpty()) {
            line.append(line.length() > 0 ? " · " : "").append("<").append(url.replace(">", "%3E").replace(" ", "%20")).append(">");
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
