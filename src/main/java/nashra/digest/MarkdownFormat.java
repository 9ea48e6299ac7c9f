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
        md.append(meta(d.source(), d.url(), d.published())).append("\n\n");
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

    public static String briefing(Briefing b) {
        StringBuilder md = new StringBuilder();
        md.append("# Morning briefing, ").append(b.runDate()).append("\n\n");
        md.append(b.counts().read()).append(" read, ").append(b.counts().written()).append(" written, ")
          .append(b.counts().rejected()).append(" rejected.\n\n");
        for (Briefing.Entry e : b.articles()) {
            md.append("## [").append(escape(e.title().en())).append("](").append(e.digest()).append(".md)\n\n");
            md.append(escape(e.title().ar())).append("  \n").append(meta(e.source(), e.url(), e.published())).append("\n\n");
            for (SentencePair s : e.summary()) {
                md.append("- ").append(escape(s.en())).append(flags(s.flags())).append("\n");
            }
            md.append("\n");
        }
        return md.toString();
    }

    private static String meta(String source, String url, String published) {
        StringBuilder line = new StringBuilder();
        if (!source.isEmpty()) {
            line.append(escape(source));
        }
        if (!published.isEmpty()) {
            line.append(line.length() > 0 ? " · " : "").append(escape(published));
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
