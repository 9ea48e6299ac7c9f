package nashra.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nashra.text.TextPipeline;

/**
 * Reads a folder of articles (.txt, .html/.htm, .jsonl, in sub-folders too) into read results,
 * in a stable order: files sorted by their path inside the folder, .jsonl lines in file order.
 * Every file, and every non-blank .jsonl line, gives exactly one {@link Article} or one
 * {@link Rejected}; nothing is skipped without a record. An article id appears once: a later
 * input with the id of an earlier one (the same page saved twice, or an id a feed repeats) is
 * rejected as a {@link Rejected#DUPLICATE} naming the first, since its digest would replace the
 * first one's.
 *
 * <pre>{@code
 * for (ReadResult r : new ArticleSource().read(Path.of("input"))) {
 *     if (r instanceof Article a) { ... } else if (r instanceof Rejected x) { ... }
 * }
 * }</pre>
 */
public final class ArticleSource {

    private final ReadLimits limits;
    private final TxtReader txt = new TxtReader();
    private final HtmlReader html = new HtmlReader();
    private final JsonlReader jsonl;
    private final ArticleCheck check;

    public ArticleSource() {
        this(ReadLimits.DEFAULT, new TextPipeline());
    }

    public ArticleSource(ReadLimits limits) {
        this(limits, new TextPipeline());
    }

    /** @param pipeline the text chain used to decide whether a body is empty once cleaned */
    public ArticleSource(ReadLimits limits, TextPipeline pipeline) {
        this.limits = limits;
        this.jsonl = new JsonlReader(limits.maxArticleBytes());
        this.check = new ArticleCheck(pipeline);
    }

    /** Everything in the folder, read now. */
    public List<ReadResult> read(Path folder) {
        try (Stream<ReadResult> results = stream(folder)) {
            return results.toList();
        }
    }

    /**
     * Everything in the folder, read file by file as the stream is consumed (the file list is
     * taken and sorted first). For a batch reader that should not hold a whole night in memory.
     */
    public Stream<ReadResult> stream(Path folder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        Map<String, Origin> seen = new HashMap<>();
        return files.stream().flatMap(file -> readFile(file).stream()).map(result -> once(result, seen));
    }

    private static ReadResult once(ReadResult result, Map<String, Origin> seen) {
        if (!(result instanceof Article article)) {
            return result;
        }
        Origin first = seen.putIfAbsent(article.id(), article.origin());
        if (first == null) {
            return article;
        }
        return new Rejected(article.origin(), Rejected.DUPLICATE, "article id " + article.id() + " again: the same"
                + " source, title and text as " + first + ", or the same id given by the feed");
    }

    /** One file: one result, or one a non-blank line for .jsonl. */
    public List<ReadResult> readFile(Path file) {
        Origin origin = Origin.of(file);
        String extension = extension(file);
        if (!List.of("txt", "html", "htm", "jsonl").contains(extension)) {
            return List.of(new Rejected(origin, Rejected.UNSUPPORTED_EXTENSION,
                    extension.isEmpty() ? "no extension" : "." + extension));
        }
        long limit = extension.equals("jsonl") ? limits.maxFileBytes() : limits.maxArticleBytes();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limit) {
                return List.of(new Rejected(origin, Rejected.TOO_LARGE, size + " bytes, the limit is " + limit));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return List.of(new Rejected(origin, Rejected.UNREADABLE_FILE, e.toString()));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.ok()) {
            return List.of(new Rejected(origin, Rejected.UNREADABLE_ENCODING, decoded.problem()));
        }
        try {
            return switch (extension) {
                case "jsonl" -> jsonl.read(file, decoded.text()).stream().map(this::checked).toList();
                case "txt" -> List.of(check.check(txt.read(origin, decoded.text())));
                default -> List.of(check.check(html.read(origin, decoded.text())));
            };
        } catch (RuntimeException e) {
            return List.of(new Rejected(origin, Rejected.READER_FAILED, e.toString()));
        }
    }

    private ReadResult checked(ReadResult result) {
        return result instanceof Article article ? check.check(article) : result;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
