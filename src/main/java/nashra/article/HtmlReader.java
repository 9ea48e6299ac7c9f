package nashra.article;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nashra.text.ArabicDates;
import nashra.text.ArabicNormalizer;
import nashra.text.ArabicTimes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an article page: title from the headline {@code <h1>} (one inside the article first), else {@code og:title}, else
 * {@code <title>}; date from {@code <time datetime>} or {@code article:published_time};
 * source from {@code og:site_name} or the host of the canonical address. The main text is
 * taken from {@code [itemprop=articleBody]}, else {@code <article>}, else {@code <main>}, else
 * {@code <body>}, after dropping scripts, styles, navigation, header, footer, asides and forms.
 * Text is cut into paragraphs at block elements and {@code <br>}.
 */
final class HtmlReader {

    /** Elements that never hold story text. */
    private static final String DROPPED = "script, style, noscript, template, iframe, svg, canvas, nav, header, "
            + "footer, aside, form, button, select, textarea, input";
    /** Elements that start a new paragraph; all others run on inside the current one. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "center", "dd", "div", "dl",
            "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
            "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    Article read(Origin origin, String html) {
        Document doc = Jsoup.parse(html);
        // Metadata first: the header element that holds the h1 and the date is dropped below.
        String title = title(doc);
        String url = url(doc);
        String source = source(doc, url);
        LocalDate published = published(doc);
        String time = published == null ? null : time(doc).orElse(null);

        doc.select(DROPPED).remove();
        List<String> body = new ArrayList<>();
        collect(mainText(doc), new StringBuilder(), body);
        // The h1 inside the article is the title, not a paragraph, wherever it sits (a breadcrumb
        // often comes before it); only its first occurrence goes, a later repeat is the story's.
        int headline = body.indexOf(title);
        if (headline >= 0 && headline <= 3) {
            body.remove(headline);
        }
        return new Article(ArticleIds.of(source, title, body), source, url, title, body, published, origin, time, null);
    }

    private String title(Document doc) {
        // A headline inside the article first: a site's logo is often an h1 in the page header.
        // (One query per kind: a selector group would give document order, not this order.)
        return first(Stream.of("[itemprop=headline]", "article h1", "main h1", "h1")
                        .flatMap(query -> doc.select(query).stream()).map(Element::text))
                .or(() -> meta(doc, "meta[property=og:title]"))
                .or(() -> Optional.of(doc.title()))
                .map(normalizer::normalizeLine)
                .orElse("");
    }

    private static String url(Document doc) {
        return first(doc.select("link[rel=canonical]").stream().map(e -> e.attr("href")))
                .or(() -> meta(doc, "meta[property=og:url]"))
                .orElse(null);
    }

    private String source(Document doc, String url) {
        return meta(doc, "meta[property=og:site_name]")
                .or(() -> host(url))
                .map(normalizer::normalizeLine)
                .orElse(Article.UNKNOWN_SOURCE);
    }

    private static LocalDate published(Document doc) {
        return first(doc.select("time[datetime]").stream().map(e -> e.attr("datetime")))
                .or(() -> meta(doc, "meta[property=article:published_time]"))
                .or(() -> meta(doc, "meta[itemprop=datePublished]"))
                .or(() -> meta(doc, "meta[name=pubdate]"))
                .or(() -> first(doc.select("time").stream().map(Element::text)))
                .flatMap(ArabicDates::find)
                .orElse(null);
    }

    /** The time of day: from a machine-readable timestamp, else from the time the page prints. */
    private static Optional<String> time(Document doc) {
        return first(doc.select("time[datetime]").stream().map(e -> e.attr("datetime")))
                .or(() -> meta(doc, "meta[property=article:published_time]"))
                .or(() -> meta(doc, "meta[itemprop=datePublished]"))
                .or(() -> meta(doc, "meta[name=pubdate]"))
                .flatMap(ArabicTimes::fromIso)
                .or(() -> first(doc.select("time").stream().map(Element::text)).flatMap(ArabicTimes::fromDateline));
    }

    private static Element mainText(Document doc) {
        for (String query : List.of("[itemprop=articleBody]", "article", "main")) {
            Element largest = null;
            for (Element e : doc.select(query)) {
                if (largest == null || e.text().length() > largest.text().length()) {
                    largest = e;
                }
            }
            if (largest != null && !largest.text().isBlank()) {
                return largest;
            }
        }
        return doc.body();
    }

    /** Walks the tree, gathering text until a block element or a line break ends the paragraph. */
    private void collect(Element element, StringBuilder current, List<String> out) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element child) {
                String tag = child.normalName();
                if (tag.equals("br")) {
                    flush(current, out);
                } else if (BLOCKS.contains(tag)) {
                    flush(current, out);
                    collect(child, current, out);
                    flush(current, out);
                } else {
                    collect(child, current, out);
                }
            }
        }
    }

    private void flush(StringBuilder current, List<String> out) {
        String paragraph = normalizer.normalizeLine(current.toString());
        if (!paragraph.isEmpty()) {
            out.add(paragraph);
        }
        current.setLength(0);
    }

    private static Optional<String> meta(Document doc, String query) {
        return first(doc.select(query).stream().map(e -> e.attr("content")));
    }

    private static Optional<String> first(Stream<String> values) {
        return values.map(String::strip).filter(v -> !v.isEmpty()).findFirst();
    }

    private static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? Optional.empty() : Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
