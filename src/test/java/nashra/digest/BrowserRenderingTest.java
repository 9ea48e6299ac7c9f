package nashra.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import nashra.story.Stories;
import nashra.story.StoryGrouper;
import nashra.story.StorySummary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages analysts open, loaded in a real browser (Debian's Chromium, headless): markup inside
 * an article shows as text and never runs, English and Arabic both render, on a laptop and on a
 * phone. Screenshots are kept in target/screenshots for people to look at.
 *
 * <p>Without Chromium these tests fail and say how to install it, unless the person running them
 * opts out explicitly with {@code NASHRA_SKIP_BROWSER_TESTS=1}.
 */
class BrowserRenderingTest {

    private static final String INJECTED = "document.documentElement.setAttribute('data-injected','yes')";
    private static Path chromium;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findChromium() {
        boolean optOut = "1".equals(System.getenv("NASHRA_SKIP_BROWSER_TESTS"));
        for (String candidate : List.of(String.valueOf(System.getenv("NASHRA_CHROMIUM")), "/usr/bin/chromium",
                "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                chromium = Path.of(candidate);
                return;
            }
        }
        Assumptions.assumeFalse(optOut, "browser tests skipped: NASHRA_SKIP_BROWSER_TESTS=1");
        fail("Chromium not found: the browser tests need Debian's chromium (apt-get install chromium) or NASHRA_CHROMIUM"
                + " pointing at a Chromium binary; set NASHRA_SKIP_BROWSER_TESTS=1 to skip them on purpose.");
    }

    static ArticleDigest hostileDigest() {
        return new ArticleDigest(ArticleDigest.SCHEMA, "b7e1c2d3a4f50617", "وكالة الأنباء", "https://example.org/a",
                "2026-11-20", "samples/a.txt",
                new Bilingual("الوزير يصل إلى القاهرة", "The minister arrives in Cairo"),
                List.of(new SentencePair(0, "وصل الوزير إلى القاهرة يوم الخميس في زيارة رسمية.",
                                "The minister arrived in Cairo on Thursday on an official visit.", List.of()),
                        new SentencePair(1, "<script>" + INJECTED + "</script> قال الوزير إن المحادثات ستبدأ.",
                                "<script>" + INJECTED + "</script><img src=x onerror=\"" + INJECTED + "\"> The talks will begin.",
                                List.of("REPETITION")),
                        new SentencePair(2, "وأكد الوزير أن الاتفاق سيوقع في القاهرة.",
                                "The minister confirmed that the agreement will be signed in Cairo.", List.of())),
                List.of(0, 1), new ModelInfo("marian-tiny", "test"));
    }

    /** The same visit as another outlet reported it: two sentences copied, one reworded. */
    static ArticleDigest secondOutlet() {
        return new ArticleDigest(ArticleDigest.SCHEMA, "c8f2d3e4b5a60728", "الوكالة الثانية", "https://example.net/b",
                "2026-11-20", "samples/b.txt",
                new Bilingual("وزير الخارجية في القاهرة لبدء المحادثات", "Foreign minister in Cairo to start talks"),
                List.of(new SentencePair(0, "وصل الوزير إلى القاهرة يوم الخميس في زيارة رسمية.",
                                "The minister arrived in Cairo on Thursday on an official visit.", List.of()),
                        new SentencePair(1, "وأكد الوزير أن الاتفاق سيوقع في القاهرة.",
                                "The minister confirmed that the agreement will be signed in Cairo.", List.of()),
                        new SentencePair(2, "ويلتقي الوزير رئيس الوزراء يوم الجمعة.",
                                "The minister meets the prime minister on Friday.", List.of())),
                List.of(0, 1), new ModelInfo("marian-tiny", "test"));
    }

    /** An unrelated article: a story of its own. */
    static ArticleDigest unrelated() {
        return new ArticleDigest(ArticleDigest.SCHEMA, "d9a3e4f5c6b70839", "صحيفة الشرق", "",
                "2026-11-19", "samples/c.txt",
                new Bilingual("أمطار غزيرة على عسير", "Heavy rain over Asir"),
                List.of(new SentencePair(0, "حذر مركز الأرصاد من أمطار غزيرة وسيول على منطقة عسير حتى مساء السبت.",
                        "The weather centre warned of heavy rain and floods in Asir until Saturday evening.", List.of())),
                List.of(0), new ModelInfo("marian-tiny", "test"));
    }

    /** The run these pages belong to: two outlets on one visit, one article alone. */
    record Run(Briefing briefing, List<StoryDigest> stories, Map<String, ArticleDigest> digests) {

        static Run of(List<ArticleDigest> digests) {
            Map<String, ArticleDigest> byId = new LinkedHashMap<>();
            digests.forEach(d -> byId.put(d.id(), d));
            List<StoryDigest> stories = new Stories(new StoryGrouper(), new StorySummary(), null).of(digests);
            Briefing briefing = Briefing.of("2026-11-20", "2026-11-21T05:30:00Z", new ModelInfo("marian-tiny", "test"),
                    new Briefing.Counts(4, 3, 1), stories, byId);
            return new Run(briefing, stories, byId);
        }
    }

    private String chromium(Path page, String... flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + tmp.resolve("profile-" + System.nanoTime()),
                "--virtual-time-budget=3000"));
        command.addAll(List.of(flags));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish loading " + page);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private Path page(String name, String html) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void scriptInsideAnArticleShowsAsTextAndNeverRuns() throws Exception {
        Path page = page("article.html", HtmlFormat.article(hostileDigest()));
        String dom = chromium(page, "--dump-dom");
        assertTrue(dom.contains("The minister arrived in Cairo"), "the page loaded: " + dom.length() + " chars");
        String root = dom.substring(dom.indexOf("<html"), dom.indexOf('>', dom.indexOf("<html")) + 1);
        assertFalse(root.contains("data-injected"), "injected markup ran: " + root);
        assertTrue(dom.contains("&lt;script&gt;" + INJECTED), "the markup shows as text");
        assertFalse(dom.contains("<img src=\"x\""), "no element was made from article text");
    }

    @Test
    void theBriefingShowsEachStoryOnceWithItsSourcesAndFoldedFullTexts() throws Exception {
        Run run = Run.of(List.of(hostileDigest(), secondOutlet(), unrelated()));
        assertEquals(2, run.stories().size(), "two outlets on one visit, one article alone");
        String dom = chromium(page("briefing.html", HtmlFormat.briefing(run.briefing(), run.digests())), "--dump-dom");
        assertEquals(2, count(dom, "<article class=\"story\""), "one entry per story");
        assertTrue(dom.indexOf("Reported by several outlets") < dom.indexOf("Heavy rain over Asir"),
                "the story two outlets carry comes before the single article");
        // The sentence both outlets carry is said once in the summary and cites both.
        String summary = dom.substring(dom.indexOf("<div class=\"summary\">"), dom.indexOf("<details>"));
        assertEquals(1, count(summary, "The minister arrived in Cairo on Thursday"), summary);
        assertTrue(summary.contains("Carried by <bdi>وكالة الأنباء</bdi> · <bdi>الوكالة الثانية</bdi>"), summary);
        // Full texts are on the page, folded: a sentence outside every summary is inside <details>.
        int folded = dom.indexOf("The minister meets the prime minister on Friday.");
        assertTrue(folded > dom.indexOf("<details>"), "full text folded under the story");
        String root = dom.substring(dom.indexOf("<html"), dom.indexOf('>', dom.indexOf("<html")) + 1);
        assertFalse(root.contains("data-injected"), "injected markup ran: " + root);
        assertTrue(dom.contains("&lt;script&gt;" + INJECTED), "the markup shows as text");
    }

    @Test
    void aStoryPageLinksItsSourcesAndShowsMarkupAsText() throws Exception {
        Run run = Run.of(List.of(hostileDigest(), secondOutlet(), unrelated()));
        StoryDigest story = run.stories().get(0);
        String dom = chromium(page("story.html", HtmlFormat.story(story, run.digests())), "--dump-dom");
        assertTrue(dom.contains("href=\"../articles/b7e1c2d3a4f50617.html\"") && dom.contains("href=\"../articles/c8f2d3e4b5a60728.html\""),
                "links to both member digests");
        assertTrue(dom.contains("href=\"https://example.net/b\""), "link to the original");
        assertTrue(dom.contains("lang=\"ar\" dir=\"rtl\""));
        String root = dom.substring(dom.indexOf("<html"), dom.indexOf('>', dom.indexOf("<html")) + 1);
        assertFalse(root.contains("data-injected"), "injected markup ran: " + root);
        assertTrue(dom.contains("&lt;script&gt;" + INJECTED), "the markup shows as text");
    }

    @Test
    void anIncidentShowsItsStoriesInsideUnderOneHeading() throws Exception {
        Run run = Run.of(nashra.story.IncidentFixtures.night());
        assertEquals(1, run.briefing().incidents().size(), "the attack and the two condemnations");
        String dom = chromium(page("briefing.html", HtmlFormat.briefing(run.briefing(), run.digests())), "--dump-dom");
        int open = dom.indexOf("<section class=\"incident\"");
        int close = dom.lastIndexOf("<article class=\"story\"", dom.indexOf("Warning of heavy rain over Jazan"));
        assertTrue(open >= 0 && close > open, "an incident section, then the story of no incident");
        String incident = dom.substring(open, close);
        assertTrue(incident.contains("— 3 stories, 4 articles, 4 outlets"), incident);
        assertEquals(3, count(incident, "<article class=\"story\""), "its three stories inside it");
        for (String headline : List.of("Kuwait condemns the Abha mosque bombing", "Jordan condemns the Abha mosque bombing")) {
            assertTrue(incident.contains(headline), headline);
        }
        assertTrue(incident.lastIndexOf("</section>") > incident.lastIndexOf("<article class=\"story\""),
                "the incident closes after its last story");
        StoryDigest statement = run.stories().stream().filter(st -> st.articleIds().contains("c3c3c3c3c3c3c3c3"))
                .findFirst().orElseThrow();
        String story = chromium(page("story-incident.html", HtmlFormat.story(statement, run.digests())), "--dump-dom");
        assertTrue(story.contains("Part of: "), "the story page says its incident");
        assertTrue(story.contains("3 stories, 4 articles, 4 outlets"), story);
        int nav = story.indexOf("<nav class=\"incident\"");
        assertEquals(2, count(story.substring(nav, story.indexOf("</nav>", nav)), "<a href=\""),
                "links to the incident's two other stories");
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        for (String[] size : new String[][] {{"laptop", "1280", "1100"}, {"phone", "390", "844"}}) {
            for (String[] kind : new String[][] {{"briefing-incident", HtmlFormat.briefing(run.briefing(), run.digests())},
                    {"story-incident", HtmlFormat.story(statement, run.digests())}}) {
                Path png = shots.resolve(kind[0] + "-" + size[0] + ".png");
                Files.deleteIfExists(png);
                chromium(page(kind[0] + ".html", kind[1]), "--window-size=" + size[1] + "," + size[2],
                        "--screenshot=" + png.toAbsolutePath());
                BufferedImage image = ImageIO.read(png.toFile());
                assertEquals(Integer.parseInt(size[1]), image.getWidth(), png.toString());
                assertTrue(ink(image, 0, image.getWidth()) > 1000, "nothing drawn in " + png);
            }
        }
    }

    @Test
    void englishAndArabicBothRenderOnALaptopAndOnAPhoneAndPrint() throws Exception {
        Run run = Run.of(List.of(hostileDigest(), secondOutlet(), unrelated()));
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("briefing", HtmlFormat.briefing(run.briefing(), run.digests()));
        pages.put("story", HtmlFormat.story(run.stories().get(0), run.digests()));
        pages.put("article", HtmlFormat.article(hostileDigest()));
        for (String[] size : new String[][] {{"laptop", "1280", "900"}, {"phone", "390", "844"}}) {
            for (Map.Entry<String, String> kind : pages.entrySet()) {
                Path page = page(kind.getKey() + ".html", kind.getValue());
                Path png = shots.resolve(kind.getKey() + "-" + size[0] + ".png");
                Files.deleteIfExists(png);
                chromium(page, "--window-size=" + size[1] + "," + size[2], "--screenshot=" + png.toAbsolutePath());
                BufferedImage image = ImageIO.read(png.toFile());
                assertEquals(Integer.parseInt(size[1]), image.getWidth(), png.toString());
                if (size[0].equals("laptop")) {
                    // English sits in the left column, Arabic in the right one: both must have ink.
                    assertTrue(ink(image, 0, image.getWidth() / 2) > 500, "English column is blank in " + png);
                    assertTrue(ink(image, image.getWidth() / 2, image.getWidth()) > 500, "Arabic column is blank in " + png);
                } else {
                    assertTrue(ink(image, 0, image.getWidth()) > 1000, "nothing drawn in " + png);
                }
            }
        }
        // Printing the briefing gives a real document (A4/Letter pages), kept beside the screenshots.
        Path pdf = shots.resolve("briefing-print.pdf");
        Files.deleteIfExists(pdf);
        chromium(page("briefing.html", pages.get("briefing")), "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf.toAbsolutePath());
        String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(pdfText.startsWith("%PDF") && count(pdfText, "/Type /Page") + count(pdfText, "/Type/Page") >= 1,
                "printing produced no pages");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** Dark pixels between two x positions, below the page header. */
    private static int ink(BufferedImage image, int fromX, int toX) {
        int count = 0;
        for (int y = image.getHeight() / 6; y < image.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) * 3 + (rgb >> 8 & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luminance < 110) {
                    count++;
                }
            }
        }
        return count;
    }
}
