package nashra.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nashra.outlet.Outlet;
import nashra.outlet.OutletRegistry;
import nashra.text.TextPipeline;

/**
 * Reads a folder of articles (.txt, .html/.htm, .jsonl, in sub-folders too) into read results,
 * in a stable order: files sorted by their path inside the folder, .jsonl lines in file order.
 * Every file, and every non-blank .jsonl line, gives exactly one {@link Article} or one
 * {@link Rejected}; nothing is skipped without a record.
 *
 * <p>Each article's outlet is resolved from the {@link OutletRegistry}, from the first of these
 * the registry knows: the feed's {@code source} (.jsonl), the link's domain, the credit or
 * dateline the page prints (and for other inputs the site name), the sub-folder the file came
 * from ({@code input/okaz/…}, as scrapers drop files), the file-name prefix ({@code okaz_0412.txt}).
 * When the registry knows none of them, the name the input gives is kept (transliterated for
 * the analyst); with no name at all the outlet is unknown.
 *
 * <p>The id a reader derives hashes the resolved outlet with the title and text, so a duplicate
 * is the same outlet's same text: the same wire copy run by two outlets is two articles (that
 * both ran it is news), while the same page saved twice, or an id a feed repeats, is rejected
 * as a {@link Rejected#DUPLICATE} naming the first, since its digest would replace the first one's.
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
    private final OutletRegistry outlets;

    public ArticleSource() {
        this(ReadLimits.DEFAULT, new TextPipeline());
    }

    public ArticleSource(ReadLimits limits) {
        this(limits, new TextPipeline());
    }

    /** Outlets by the names inputs give, none registered. */
    public ArticleSource(ReadLimits limits, TextPipeline pipeline) {
        this(limits, pipeline, OutletRegistry.empty());
    }

    /**
     * @param pipeline the text chain used to decide whether a body is empty once cleaned
     * @param outlets the registry that names each article's outlet
     */
    public ArticleSource(ReadLimits limits, TextPipeline pipeline, OutletRegistry outlets) {
        this.outlets = outlets;
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
        Map<String, Origin> seen = new HashMap<>();
        return InputFolder.list(folder).stream().flatMap(entry -> read(folder, entry).stream()).map(result -> once(result, seen));
    }

    /**
     * The origin of every input the folder holds, in reading order, without parsing any article:
     * the same listing, decoding and line splitting as {@link #stream}, so counts and progress
     * always agree with what the reader will produce.
     */
    public List<Origin> origins(Path folder) {
        List<Origin> origins = new ArrayList<>();
        for (InputFolder.Entry entry : InputFolder.list(folder)) {
            origins.addAll(origins(entry));
        }
        return origins;
    }

    /** Whether the folder holds any input at all; stops at the first. */
    public boolean hasInputs(Path folder) {
        return InputFolder.list(folder).stream().anyMatch(entry -> !origins(entry).isEmpty());
    }

    /**
     * One entry's inputs: a .jsonl file is read to find its records (one origin for the whole file
     * when it cannot be read); any other entry is one input, known without reading it.
     */
    private List<Origin> origins(InputFolder.Entry entry) {
        if (entry.problem() != null || !extension(entry.file()).equals("jsonl")) {
            return List.of(Origin.of(entry.file()));
        }
        Loaded loaded = load(entry);
        if (loaded.text() == null) {
            return List.of(Origin.of(entry.file()));
        }
        return JsonlReader.lineNumbers(loaded.text()).stream().map(n -> Origin.of(entry.file(), n)).toList();
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
                + " outlet's same title and text as " + first + ", or the same id given by the feed");
    }

    /** One file: one result, or one a non-blank line for .jsonl; its folder names no outlet. */
    public List<ReadResult> readFile(Path file) {
        return read(file.toAbsolutePath().getParent(), InputFolder.entry(file));
    }

    /** One input of the folder {@code root}, whose sub-folders may name the outlet. */
    private List<ReadResult> read(Path root, InputFolder.Entry entry) {
        return readWhole(entry).stream()
                .map(r -> r instanceof Article a ? (ReadResult) resolve(a, root, entry.file()) : r)
                .toList();
    }

    /**
     * The article credited to its outlet (see the class comment for the order), under the id
     * that goes with it when the reader derived the id; an id a feed gives stays as it is.
     */
    Article resolve(Article article, Path root, Path file) {
        String named = Article.UNKNOWN_SOURCE.equals(article.source()) ? null : article.source();
        boolean feed = article.origin().line() > 0;
        List<Supplier<Optional<Outlet>>> order = new ArrayList<>();
        if (feed) {
            order.add(() -> outlets.byName(named));
        }
        order.add(() -> outlets.byUrl(article.url()));
        if (!feed) {
            order.add(() -> outlets.byName(named));
        }
        Path parent = file.toAbsolutePath().getParent();
        Path absoluteRoot = root.toAbsolutePath();
        if (parent != null && parent.startsWith(absoluteRoot)) {
            for (Path folder : absoluteRoot.relativize(parent)) {
                order.add(() -> outlets.byLabel(folder.toString()));
            }
        }
        String name = file.getFileName().toString();
        for (char separator : new char[] {'_', '-', '.', ' '}) {
            int at = name.indexOf(separator);
            if (at > 0) {
                order.add(() -> outlets.byLabel(name.substring(0, at)));
            }
        }
        Outlet outlet = null;
        for (Supplier<Optional<Outlet>> step : order) {
            Optional<Outlet> found = step.get();
            if (found.isPresent()) {
                outlet = found.get();
                break;
            }
        }
        if (outlet == null) {
            outlet = named == null ? Outlet.UNKNOWN : outlets.unregistered(named);
        }
        boolean derived = article.id().equals(ArticleIds.of(article.source(), article.title(), article.body()));
        return article.withOutlet(outlet, derived ? ArticleIds.of(outlet.id(), article.title(), article.body()) : article.id());
    }

    private List<ReadResult> readWhole(InputFolder.Entry entry) {
        Loaded loaded = load(entry);
        if (loaded.rejected() != null) {
            return List.of(loaded.rejected());
        }
        Origin origin = Origin.of(entry.file());
        try {
            return switch (loaded.extension()) {
                case "jsonl" -> jsonl.read(entry.file(), loaded.text()).stream().map(this::checked).toList();
                case "txt" -> List.of(check.check(txt.read(origin, loaded.text())));
                default -> List.of(check.check(html.read(origin, loaded.text())));
            };
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug on one odd input must not stop the night: it is reported with the input.
            return List.of(new Rejected(origin, Rejected.READER_FAILED, e.toString()));
        }
    }

    /** A file's decoded text, or why there is none; shared by reading and counting. */
    private record Loaded(String extension, String text, Rejected rejected) {
    }

    private Loaded load(InputFolder.Entry entry) {
        Path file = entry.file();
        Origin origin = Origin.of(file);
        String extension = extension(file);
        if (entry.problem() != null) {
            return new Loaded(extension, null, new Rejected(origin, Rejected.NOT_A_FILE, entry.problem()));
        }
        if (!List.of("txt", "html", "htm", "jsonl").contains(extension)) {
            return new Loaded(extension, null, new Rejected(origin, Rejected.UNSUPPORTED_EXTENSION,
                    extension.isEmpty() ? "no extension" : "." + extension));
        }
        long limit = extension.equals("jsonl") ? limits.maxFileBytes() : limits.maxArticleBytes();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limit) {
                return new Loaded(extension, null,
                        new Rejected(origin, Rejected.TOO_LARGE, size + " bytes, the limit is " + limit));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new Loaded(extension, null, new Rejected(origin, Rejected.UNREADABLE_FILE, e.toString()));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.ok()) {
            return new Loaded(extension, null, new Rejected(origin, Rejected.UNREADABLE_ENCODING, decoded.problem()));
        }
        return new Loaded(extension, decoded.text(), null);
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
