package nashra.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A night of hostile input, written by the test: ids that try to leave the output folder, ids
 * no file system takes, broken encodings and JSON, pipes, broken links, files too large, not
 * Arabic, all boilerplate, copies, odd file names, markup. Each case says what it must end as:
 * a digest, or a reject with a given reason ({@code null}: any reason, as long as it has one).
 */
final class HostileNight {

    /** @param origin the input's origin as the ledger writes it; expected "digest" or a reject reason */
    record Case(String kind, String origin, String expected) {
    }

    static final String DIGEST = "digest";

    private final Path input;
    private final Path outside;
    private final List<Case> cases = new ArrayList<>();
    private int serial;

    private HostileNight(Path input, Path outside) {
        this.input = input;
        this.outside = outside;
    }

    /** A distinct, well-formed Arabic article (its own number of days makes its id distinct). */
    private String body() {
        serial++;
        return "قال وزير الخارجية يوم الخميس إن المحادثات ستستأنف في القاهرة بعد " + serial + " أيام.\n"
                + "وأضاف أن الوفد سيصل إلى بغداد يوم السبت في زيارة رسمية.\n"
                + "أكد المتحدث باسم الحكومة أن الاجتماع سيعقد في بيروت الأسبوع المقبل.\n";
    }

    private String title() {
        return "المحادثات ستستأنف في القاهرة " + serial;
    }

    private String jsonLine(String idJson) {
        String body = body();
        return "{\"id\":" + idJson + ",\"title\":\"" + title() + "\",\"body\":\"" + body.replace("\n", "\\n")
                + "\",\"source\":\"وكالة الأنباء\"}";
    }

    static List<Case> write(Path input, Path outside) throws IOException, InterruptedException {
        HostileNight night = new HostileNight(input, outside);
        night.writeAll();
        return night.cases;
    }

    private void file(String kind, String name, byte[] bytes, String expected) throws IOException {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        cases.add(new Case(kind, file.toString(), expected));
    }

    private void file(String kind, String name, String text, String expected) throws IOException {
        file(kind, name, text.getBytes(StandardCharsets.UTF_8), expected);
    }

    private void writeAll() throws IOException, InterruptedException {
        // One feed whose ids attack the output folder, and whose good lines come after poison lines.
        String victim = outside.resolve("victim").toString();
        String[][] feed = {
                {"an id that climbs out of the output folder", "\"../../escape\"", DIGEST},
                {"an id with a folder in it", "\"a/b\"", DIGEST},
                {"an absolute id naming an existing file", "\"" + victim + "\"", DIGEST},
                {"an id of 300 characters", "\"" + "x".repeat(300) + "\"", DIGEST},
                {"an id with NUL", "\"nul\\u0000id\"", DIGEST},
                {"the id .", "\".\"", DIGEST},
                {"the id ..", "\"..\"", DIGEST},
                {"an id with a line break", "\"two\\nlines\"", DIGEST},
                {"a numeric id", "12345", DIGEST},
                {"an id a feed repeats", "\"12345\"", "duplicate"},
        };
        StringBuilder lines = new StringBuilder();
        Path feedFile = input.resolve("feed.jsonl");
        int n = 0;
        for (String[] c : feed) {
            lines.append(jsonLine(c[1])).append('\n');
            cases.add(new Case(c[0], feedFile + ":" + ++n, c[2]));
        }
        lines.append("[1, 2, 3]\n");
        cases.add(new Case("a JSON array instead of an object", feedFile + ":" + ++n, "unparsable JSON line"));
        lines.append("{\"title\": \"بغداد\", \"body\": \"قتل\n");
        cases.add(new Case("a line cut short", feedFile + ":" + ++n, "unparsable JSON line"));
        lines.append(jsonLine("\"raw-cr\"").replace("الخميس", "الخميس\r")).append('\n');
        cases.add(new Case("a raw carriage return inside a line", feedFile + ":" + ++n, "unparsable JSON line"));
        lines.append("{\"title\":\"" + title() + "\",\"body\":{\"p\":\"" + body().replace("\n", " ") + "\"}}\n");
        cases.add(new Case("a body that is an object", feedFile + ":" + ++n, null));
        lines.append(jsonLine("\"markup\"").replace(title(), "<script>alert(1)</script><img src=x onerror=alert(2)> "
                + title())).append('\n');
        cases.add(new Case("markup in the title", feedFile + ":" + ++n, DIGEST));
        lines.append(jsonLine("\"source-path\"").replace("وكالة الأنباء", "../../etc/passwd")).append('\n');
        cases.add(new Case("a source that looks like a path", feedFile + ":" + ++n, DIGEST));
        lines.append(jsonLine("\"good-after-poison\"")).append('\n');
        cases.add(new Case("a good line after the poison lines", feedFile + ":" + ++n, DIGEST));
        Files.createDirectories(input);
        Files.writeString(feedFile, lines.toString(), StandardCharsets.UTF_8);

        // Encodings.
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write((jsonLine("\"utf16\"") + "\r\n").getBytes(StandardCharsets.UTF_16LE));
        file("a UTF-16 feed with CRLF line ends", "enc/utf16.jsonl", utf16.toByteArray(), DIGEST);
        cases.set(cases.size() - 1, new Case("a UTF-16 feed with CRLF line ends", input.resolve("enc/utf16.jsonl") + ":1", DIGEST));
        file("a Windows-1256 feed", "enc/cp1256.jsonl", (jsonLine("\"cp1256\"") + "\n").getBytes(Charset.forName("windows-1256")), DIGEST);
        cases.set(cases.size() - 1, new Case("a Windows-1256 feed", input.resolve("enc/cp1256.jsonl") + ":1", DIGEST));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write((title() + "\n" + body()).getBytes(StandardCharsets.UTF_8));
        file("a UTF-8 text with a byte order mark", "enc/bom.txt", bom.toByteArray(), DIGEST);
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        file("binary garbage named .txt", "garbage.txt", garbage, null);

        // Files that are no article.
        file("an empty file", "empty.txt", new byte[0], "empty after cleaning");
        file("only zero-width characters", "invisible.txt", "\u200B\u200C\u200D\uFEFF\n\u200F\n", "empty after cleaning");
        file("only page furniture", "furniture.txt", "شارك\nطباعة\nتويتر\nفيسبوك\n", "empty after cleaning");
        file("an English article", "english.txt", "Talks resume\nThe foreign minister said on Thursday that talks would resume.\n",
                "not Arabic");
        file("a page of scripts and menus", "scripts.html", "<html><head><script>alert(1)</script></head><body><nav>"
                + "<a href=\"/\">الرئيسية</a></nav><script>document.write('x')</script></body></html>", null);
        file("a PDF", "report.pdf", "%PDF-1.4 ...", "unsupported extension");
        file("no extension", "README", "نص", "unsupported extension");
        file("a file over the size limit", "huge.txt", ("كلمة ".repeat(200_000)), "too large");

        // Things in the folder that are not files.
        Path fifo = input.resolve("pipe.txt");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        cases.add(new Case("a named pipe", fifo.toString(), "not a regular file"));
        Path broken = input.resolve("broken-link.txt");
        Files.createSymbolicLink(broken, input.resolve("nowhere.txt"));
        cases.add(new Case("a broken link", broken.toString(), "not a regular file"));
        Path folderLink = input.resolve("outside-link");
        Files.createSymbolicLink(folderLink, outside);
        cases.add(new Case("a link to a folder outside", folderLink.toString(), "not a regular file"));

        // Odd names and places, good content.
        String copied = title() + "\n" + body();
        file("a good article", "good.txt", copied, DIGEST);
        file("an identical copy of it", "later-copy.txt", copied, "duplicate");
        file("a name starting with a dash", "-rf.txt", title() + "\n" + body(), DIGEST);
        file("a name with spaces and Arabic", "خبر عاجل (1).txt", title() + "\n" + body(), DIGEST);
        file("a file six folders down", "a/b/c/d/e/deep.txt", title() + "\n" + body(), DIGEST);
        file("CRLF line ends", "crlf.txt", (title() + "\n" + body()).replace("\n", "\r\n"), DIGEST);
        file("a sentence of 600 words without a stop", "long.txt", title() + "\n"
                + ("قال الوزير إن المحادثات ستستأنف في القاهرة و").repeat(60) + "\n", DIGEST);
        file("an HTML page with a refresh, a base and javascript links", "tricks.html", "<html><head>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><base href=\"https://evil.example/\">"
                + "<title>" + title() + "</title></head><body><h1>" + title() + "</h1><p><a href=\"javascript:alert(1)\">"
                + body().replace("\n", "</a></p><p>") + "</p></body></html>", DIGEST);
    }
}
