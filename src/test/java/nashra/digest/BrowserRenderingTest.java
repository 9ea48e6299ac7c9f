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
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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
    void englishAndArabicBothRenderOnALaptopAndOnAPhone() throws Exception {
        Briefing briefing = new Briefing(Briefing.SCHEMA, "2026-11-20", "2026-11-21T05:30:00Z", new ModelInfo("marian-tiny", "test"),
                new Briefing.Counts(2, 1, 1), List.of(Briefing.Entry.of(hostileDigest(), "articles/b7e1c2d3a4f50617")));
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        for (String[] size : new String[][] {{"laptop", "1280", "900"}, {"phone", "390", "844"}}) {
            for (String kind : List.of("briefing", "article")) {
                Path page = page(kind + ".html", kind.equals("briefing") ? HtmlFormat.briefing(briefing)
                        : HtmlFormat.article(hostileDigest()));
                Path png = shots.resolve(kind + "-" + size[0] + ".png");
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
