package nashra.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nashra.story.IncidentFixtures;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

/**
 * The Markdown briefing read by a real CommonMark parser, as a viewer would read it: the same
 * layout as the HTML front page (incidents with their stories, then the stories several outlets
 * carried, then one line per other story under its outlet), links to the digests, and article
 * text that never becomes markup.
 */
class MarkdownBriefingTest {

    private static final Parser PARSER = Parser.builder().build();

    @Test
    void anIncidentHoldsItsStoriesAndTheOtherStoriesFollowByOutlet() {
        BrowserRenderingTest.Run run = BrowserRenderingTest.Run.of(IncidentFixtures.night());
        Node doc = PARSER.parse(MarkdownFormat.briefing(run.briefing()));
        List<String> outline = headings(doc);
        // The incident's heading is its lead story's headline: one of the two reports of the attack.
        int incident = outline.stream().filter(h -> h.startsWith("2 ") && h.contains("Abha")).findFirst()
                .map(outline::indexOf).orElse(-1);
        int others = outline.indexOf("2 Other stories, by outlet");
        assertTrue(incident >= 0 && others > incident, outline.toString());
        for (int i = incident + 1; i < others; i++) {
            assertTrue(outline.get(i).startsWith("3 "), "only the incident's stories under it: " + outline);
        }
        String text = TextContentRenderer.builder().build().render(doc);
        int incidentAt = text.indexOf("5 stories, 6 articles, 6 outlets");
        int othersAt = text.indexOf("Other stories, by outlet");
        for (String statement : List.of("Kuwait condemns the Abha mosque bombing", "Jordan condemns the Abha mosque bombing",
                "Bahrain condemns the Abha mosque bombing", "Egypt condemns the Abha mosque bombing")) {
            // One outlet each: a line inside the incident, as on the HTML page.
            int at = text.indexOf(statement);
            assertTrue(incidentAt >= 0 && at > incidentAt && at < othersAt, statement + " inside the incident:\n" + text);
        }
        assertTrue(text.indexOf("Warning of heavy rain over Jazan") > othersAt, "the story of no incident, as a line");

        List<String> links = links(doc);
        for (StoryDigest story : run.stories()) {
            assertTrue(links.contains("stories/" + story.id() + ".md"), "every story links to its digest: " + story.id());
        }
        assertTrue(links.stream().anyMatch(l -> l.startsWith("articles/") && l.endsWith(".md")), "sources link to articles");
    }

    @Test
    void storiesOfSeveralOutletsCiteWhoCarriesEachLineAndMarkupStaysText() {
        BrowserRenderingTest.Run run = BrowserRenderingTest.Run.of(List.of(BrowserRenderingTest.hostileDigest(),
                BrowserRenderingTest.secondOutlet(), BrowserRenderingTest.unrelated()));
        String md = MarkdownFormat.briefing(run.briefing());
        Node doc = PARSER.parse(md);
        List<String> outline = headings(doc);
        assertTrue(outline.contains("2 Carried by several outlets"), outline.toString());
        assertTrue(outline.indexOf("2 Carried by several outlets") < outline.indexOf("2 Other stories, by outlet"), outline.toString());
        assertFalse(hasHtml(doc), "article text must not become HTML in a Markdown viewer:\n" + md);
        assertTrue(md.contains("&lt;script&gt;"), md);
        assertTrue(links(doc).contains("https://example.org/a"), "the original is linked");
        assertTrue(TextContentRenderer.builder().build().render(doc)
                .contains("The minister arrived in Cairo on Thursday on an official visit."), md);
    }

    @Test
    void anArticleExplainsEachWarning() {
        ArticleDigest d = DigestFormatsTest.sample();
        SentencePair flagged = new SentencePair(1, "قال الوزير إن 22 شخصا قتلوا.", "The minister said 12 people were killed.",
                List.of("NUMBER"), List.of(new SentencePair.Note("NUMBER", "The Arabic has “22”, which the English does not.")),
                -0.4);
        ArticleDigest withNote = new ArticleDigest(d.schema(), d.id(), d.source(), "", d.published(), d.origin(), d.title(),
                List.of(d.sentences().get(0), flagged), List.of(0, 1), d.model());
        String text = TextContentRenderer.builder().build().render(PARSER.parse(MarkdownFormat.article(withNote)));
        assertTrue(text.contains("Sentence 2, NUMBER: The Arabic has “22”, which the English does not."), text);
    }

    private static List<String> headings(Node doc) {
        List<String> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }
                });
                out.add(heading.getLevel() + " " + text);
            }
        });
        return out;
    }

    private static List<String> links(Node doc) {
        List<String> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                out.add(link.getDestination());
                visitChildren(link);
            }
        });
        return out;
    }

    private static boolean hasHtml(Node doc) {
        boolean[] found = {false};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlBlock html) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static int indexOf(List<String> outline, String prefix) {
        for (int i = 0; i < outline.size(); i++) {
            if (outline.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
