package nashra.model;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nashra.translate.ModelException;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;
import nashra.translate.marian.ModelFiles;

/**
 * Downloads a catalog model from a Hugging Face hub (or a mirror with the same URL layout) into
 * {@code <modelsDir>/.partial/<name>/}, verifies every file, and only then renames the folder to
 * {@code <modelsDir>/<name>}, so a half-pulled model is never where the translator looks.
 *
 * <p>Interrupted downloads resume: a file in progress is {@code <path>.part} and is continued with
 * a Range request; a file that is complete and verified has its final name and is listed in the
 * lock file being built, so a second run skips it.
 */
public final class ModelPull {

    /**
     * @param baseUrl the hub, https://huggingface.co by default; files are at {baseUrl}/{repo}/resolve/{revision}/{path}
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for the response headers, and for the next bytes of a body
     * @param attempts tries per file for transient failures (resets, timeouts, 5xx, 429)
     * @param firstRetryDelay the wait before the second try; it doubles for each further one
     * @param loadCheck whether to load the pulled model with the translator before moving it into place
     */
    public record Settings(URI baseUrl, Duration connectTimeout, Duration readTimeout, int attempts,
            Duration firstRetryDelay, boolean loadCheck) {

        public static final URI HUGGING_FACE = URI.create("https://huggingface.co");

        public Settings {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
            // A trailing slash would give "//" in every file URL.
            String base = baseUrl.toString();
            baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        }

        public static Settings defaults() {
            return new Settings(HUGGING_FACE, Duration.ofSeconds(15), Duration.ofSeconds(30), 4, Duration.ofSeconds(2), true);
        }

        public Settings withBaseUrl(URI value) {
            return new Settings(value, connectTimeout, readTimeout, attempts, firstRetryDelay, loadCheck);
        }

        public Settings withTimeouts(Duration connect, Duration read) {
            return new Settings(baseUrl, connect, read, attempts, firstRetryDelay, loadCheck);
        }

        public Settings withRetries(int tries, Duration firstDelay) {
            return new Settings(baseUrl, connectTimeout, readTimeout, tries, firstDelay, loadCheck);
        }

        public Settings withLoadCheck(boolean value) {
            return new Settings(baseUrl, connectTimeout, readTimeout, attempts, firstRetryDelay, value);
        }
    }

    public static final String PARTIAL_DIR = ".partial";
    public static final String REVISION_FILE = "revision";
    private static final Pattern QUOTED_SHA256 = Pattern.compile("^(?:W/)?\"?([0-9a-fA-F]{64})\"?$");
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-\\d+/(\\d+|\\*)");

    private final Path modelsDir;
    private final Settings settings;
    private final PrintStream err;
    private final boolean terminal;
    private final HttpClient client;

    /** @param err where progress and retries are reported; null for silence */
    public ModelPull(Path modelsDir, Settings settings, PrintStream err) {
        this(modelsDir, settings, err, Progress.stderrIsTerminal());
    }

    ModelPull(Path modelsDir, Settings settings, PrintStream err, boolean terminal) {
        this.modelsDir = modelsDir;
        this.settings = settings;
        this.err = err;
        this.terminal = terminal;
        // Redirects always: the hub sends LFS files to a CDN on another host. A file that came by
        // an unexpected route is still checked against its sha256.
        // Java 17's HttpClient cannot be closed; its connections go when it is collected. Every
        // response body is consumed or cancelled, so no exchange is left open.
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** Where a pulled model lives. */
    public Path modelDir(String name) {
        return modelsDir.resolve(name);
    }

    /** Pulls the entry and returns the verified model directory. */
    public Path pull(CatalogEntry entry) {
        if (!entry.available()) {
            throw new ModelPullException("Model " + entry.name() + " cannot be pulled: "
                    + Optional.ofNullable(entry.notes()).orElse("the catalog marks it unavailable."));
        }
        if (alreadyHere(entry)) {
            say(entry.name() + " at " + entry.revision() + " is already in " + modelDir(entry.name())
                    + " and matches its lock file; nothing to pull.");
            return modelDir(entry.name());
        }
        Path work = modelsDir.resolve(PARTIAL_DIR).resolve(entry.name());
        try {
            Files.createDirectories(work.getParent());
        } catch (IOException e) {
            throw new ModelPullException("Cannot create " + work.getParent() + ": " + e, e);
        }
        // Two pulls of one model would write the same part files; the second one waits for nobody.
        Path lockPath = work.resolveSibling(entry.name() + ".pulling");
        try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = tryLock(channel)) {
            if (held == null) {
                throw new ModelPullException("Another `bin/nashra models pull " + entry.name() + "` is running (it holds "
                        + lockPath + "); let it finish.");
            }
            return pullLocked(entry, work);
        } catch (IOException e) {
            throw new ModelPullException("Pulling " + entry.name() + " failed: " + e, e);
        }
    }

    /** The model is in place at the pinned revision and every file still hashes as locked. */
    private boolean alreadyHere(CatalogEntry entry) {
        Path dir = modelDir(entry.name());
        if (!Files.isRegularFile(dir.resolve(LockFile.FILE_NAME))) {
            return false;
        }
        try {
            LockFile lock = LockFile.read(dir);
            return entry.revision().equals(lock.revision()) && lock.verify(dir).isEmpty();
        } catch (ModelPullException e) {
            return false; // an unreadable lock file: pull again, which replaces it
        }
    }

    /** Null when another process, or another pull in this JVM, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private Path pullLocked(CatalogEntry entry, Path work) {
        try {
            prepare(work, entry.revision());
            say("Pulling " + entry.name() + " (" + entry.repo() + " at " + entry.revision() + ") from "
                    + settings.baseUrl() + " into " + modelDir(entry.name()));
            Map<String, LockedFile> earlier = earlierFiles(work);
            // Everything the bar needs is settled before the first byte: files an interrupted run
            // finished, sizes from the catalog, and a HEAD request for each size it lacks. Otherwise
            // the total would grow file by file and the time left would jump.
            Map<String, LockedFile> reused = new HashMap<>();
            Map<String, Long> planned = new HashMap<>();
            boolean probing = true;
            for (CatalogFile file : entry.files()) {
                Optional<LockedFile> got = reuse(work, file, earlier.get(file.path()));
                if (got.isPresent()) {
                    reused.put(file.path(), got.get());
                    planned.put(file.path(), got.get().size());
                } else if (file.size() != null) {
                    planned.put(file.path(), file.size());
                } else if (probing) {
                    OptionalLong size = headSize(entry, file);
                    if (size.isPresent()) {
                        planned.put(file.path(), size.getAsLong());
                    } else {
                        probing = false; // a server that will not say one size will not say the others
                    }
                }
            }
            long known = planned.values().stream().mapToLong(Long::longValue).sum();
            Progress progress = new Progress(err, terminal, known);
            progress.start();
            List<LockedFile> done = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            for (CatalogFile file : entry.files()) {
                Optional<LockedFile> got = Optional.ofNullable(reused.get(file.path()));
                if (got.isPresent()) {
                    progress.add(got.get().size());
                } else {
                    got = fetch(entry, file, work, progress, planned.get(file.path()));
                    if (got.isEmpty()) {
                        absent.add(file.path());
                    }
                }
                if (got.isPresent()) {
                    done.add(got.get());
                }
                // Written after each file, so an interrupted pull knows what it need not fetch again.
                lock(entry, done, absent).write(work);
            }
            progress.finish();
            Files.writeString(work.resolve(REVISION_FILE), entry.revision() + "\n");
            check(work);
            return moveIntoPlace(work, modelDir(entry.name()));
        } catch (IOException e) {
            throw new ModelPullException("Pulling " + entry.name() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelPullException("Pulling " + entry.name() + " was interrupted; run it again to resume.", e);
        }
    }

    private URI fileUri(CatalogEntry entry, CatalogFile file) {
        return URI.create(settings.baseUrl() + "/" + entry.repo() + "/resolve/" + entry.revision() + "/" + file.path());
    }

    /**
     * The size the server gives for a file without sending it: X-Linked-Size (the hub's header for
     * LFS files, on the redirect to the CDN) from any response of the chain, else the final
     * Content-Length. 0 for a 404 (an optional file the repository lacks; a required one fails
     * when it is fetched). Empty when the server will not say (no HEAD support, an error, a
     * timeout): that file's size is then learnt when its download starts.
     */
    private OptionalLong headSize(CatalogEntry entry, CatalogFile file) throws InterruptedException {
        URI uri = fileUri(entry, file);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof UnknownHostException || cause instanceof ConnectException) {
                throw new OfflineException(entry.name(), uri.getHost(), cause);
            }
            return OptionalLong.empty();
        }
        if (response.statusCode() == 404) {
            return OptionalLong.of(0);
        }
        if (response.statusCode() != 200) {
            return OptionalLong.empty();
        }
        for (Optional<HttpResponse<Void>> r = Optional.of(response); r.isPresent(); r = r.get().previousResponse()) {
            OptionalLong linked = r.get().headers().firstValueAsLong("x-linked-size");
            if (linked.isPresent()) {
                return linked;
            }
        }
        return response.headers().firstValueAsLong("content-length");
    }

    /** A partial folder from another revision is useless: its files would fail verification. */
    private static void prepare(Path work, String revision) throws IOException {
        Path marker = work.resolve(REVISION_FILE + ".pulling");
        if (Files.isDirectory(work)) {
            String had = Files.isRegularFile(marker) ? Files.readString(marker).trim() : "";
            if (!had.equals(revision)) {
                deleteTree(work);
            }
        }
        Files.createDirectories(work);
        Files.writeString(marker, revision + "\n");
    }

    private static Map<String, LockedFile> earlierFiles(Path work) {
        Map<String, LockedFile> out = new HashMap<>();
        if (Files.isRegularFile(work.resolve(LockFile.FILE_NAME))) {
            for (LockedFile f : LockFile.read(work).files()) {
                out.put(f.path(), f);
            }
        }
        return out;
    }

    /** A file an interrupted run already verified, rehashed in case it changed since. */
    private static Optional<LockedFile> reuse(Path work, CatalogFile file, LockedFile earlier) throws IOException {
        Path target = work.resolve(file.path());
        if (earlier == null || !Files.isRegularFile(target) || Files.size(target) != earlier.size()) {
            return Optional.empty();
        }
        if (!LockFile.sha256(target).equals(earlier.sha256())
                || (file.sha256() != null && !file.sha256().equals(earlier.sha256()))) {
            Files.delete(target);
            return Optional.empty();
        }
        return Optional.of(earlier);
    }

    private LockFile lock(CatalogEntry entry, List<LockedFile> files, List<String> absent) {
        return new LockFile(entry.name(), entry.repo(), entry.revision(), Instant.now().toString(), files, absent);
    }

    /**
     * Downloads one file with retries and verifies it. A checksum mismatch is tried once more from
     * scratch (a resumed file may have joined two different versions), then it is final. Empty for
     * an optional file the repository does not have.
     *
     * @param planned the size already counted in the progress total, or null when it was not known
     */
    private Optional<LockedFile> fetch(CatalogEntry entry, CatalogFile file, Path work, Progress progress, Long planned)
            throws IOException, InterruptedException {
        URI uri = fileUri(entry, file);
        Path target = work.resolve(file.path());
        Path part = work.resolve(file.path() + ".part");
        Files.createDirectories(part.getParent());
        boolean refetched = false;
        boolean[] sized = {planned != null}; // the total learns a size it lacks, once
        int attempt = 1;
        while (true) {
            Download download;
            try {
                download = downloadOnce(uri, part, progress, sized);
            } catch (Transient e) {
                // No name or nobody listening: an offline machine, which waiting will not fix.
                if (e.getCause() instanceof UnknownHostException || e.getCause() instanceof ConnectException) {
                    throw new OfflineException(entry.name(), uri.getHost(), e.getCause());
                }
                if (attempt >= settings.attempts()) {
                    throw new ModelPullException("Downloading " + uri + " failed after " + attempt + " attempts: "
                            + e.getMessage(), e.getCause() == null ? e : e.getCause());
                }
                Duration wait = settings.firstRetryDelay().multipliedBy(1L << Math.min(attempt - 1, 10));
                say("  " + file.path() + ": " + e.getMessage() + "; retrying in " + wait.toMillis() + " ms (attempt "
                        + (attempt + 1) + " of " + settings.attempts() + ")");
                Thread.sleep(wait.toMillis());
                attempt++;
                continue;
            }
            if (download == null) {
                if (file.optional()) {
                    say("  " + file.path() + ": absent from the repository at this revision (optional; the model"
                            + " works without it)");
                    Files.deleteIfExists(part);
                    if (planned != null) {
                        progress.addTotal(-planned);
                    }
                    return Optional.empty();
                }
                throw new ModelPullException(entry.repo() + " at revision " + entry.revision() + " has no file "
                        + file.path() + " (404 from " + uri + "). The catalog entry may be wrong or the revision gone.");
            }
            // Hashed from disk rather than while streaming, since a resumed file arrived in pieces.
            String sha = LockFile.sha256(part);
            long size = Files.size(part);
            Expected expected = expected(file, download.headers());
            String problem = null;
            if (file.size() != null && size != file.size()) {
                problem = "size " + size + " bytes, catalog says " + file.size();
            } else if (expected != null && !expected.sha256().equals(sha)) {
                problem = "sha256 " + sha + ", " + expected.source() + " says " + expected.sha256();
            }
            if (problem != null) {
                Files.delete(part);
                if (refetched) {
                    throw new ModelPullException("Checksum mismatch for " + file.path() + " from " + uri + ": " + problem
                            + ", again after a fresh download. The download is corrupted on the way or the"
                            + " catalog is wrong; nothing was put in place.");
                }
                say("  " + file.path() + ": " + problem + "; downloading it again from the start");
                progress.takeBack(size);
                refetched = true;
                continue;
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String checkedBy = expected != null ? expected.source()
                    : file.size() != null ? LockedFile.BY_SIZE : LockedFile.BY_NOTHING;
            return Optional.of(new LockedFile(file.path(), size, sha, checkedBy));
        }
    }

    /** Where a file's expected sha256 comes from. */
    private record Expected(String sha256, String source) {
    }

    /**
     * The catalog's sha256, else the hub's: LFS files carry their sha256 in X-Linked-Etag (on the
     * redirect to the CDN, hence every response of the chain is looked at), and some servers use
     * it as the ETag. Small files in git have a sha1 ETag, which cannot be checked this way.
     */
    private static Expected expected(CatalogFile file, List<HttpHeaders> chain) {
        if (file.sha256() != null) {
            return new Expected(file.sha256(), LockedFile.BY_CATALOG);
        }
        for (String header : List.of("x-linked-etag", "etag")) {
            for (HttpHeaders headers : chain) {
                Optional<String> value = headers.firstValue(header);
                if (value.isPresent()) {
                    Matcher m = QUOTED_SHA256.matcher(value.get().trim());
                    if (m.matches()) {
                        return new Expected(m.group(1).toLowerCase(Locale.ROOT), header);
                    }
                }
            }
        }
        return null;
    }

    /** A completed transfer and the headers of every response that led to it, last first. */
    private record Download(List<HttpHeaders> headers) {
    }

    /** A failure worth another try. */
    private static final class Transient extends Exception {
        Transient(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * One request: resumes from the part file's length with a Range header. Returns null for a 404.
     * A 200 to a Range request means the server ignored it, so the file is written from the start.
     */
    private Download downloadOnce(URI uri, Path part, Progress progress, boolean[] sized)
            throws Transient, IOException, InterruptedException {
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout()).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        PartFileWriter[] writer = new PartFileWriter[1];
        HttpResponse.BodyHandler<Void> handler = info -> {
            int status = info.statusCode();
            if (!sized[0] && (status == 200 || status == 206)) {
                sized[0] = true;
                Matcher total = CONTENT_RANGE.matcher(info.headers().firstValue("content-range").orElse(""));
                if (total.matches() && !total.group(2).equals("*")) {
                    progress.addTotal(Long.parseLong(total.group(2)));
                } else {
                    info.headers().firstValueAsLong("content-length").ifPresent(progress::addTotal);
                }
            }
            if (status == 206) {
                Matcher m = CONTENT_RANGE.matcher(info.headers().firstValue("content-range").orElse(""));
                if (m.matches() && Long.parseLong(m.group(1)) == have) {
                    writer[0] = new PartFileWriter(part, true, progress);
                    return writer[0];
                }
                // A range we did not ask for: write nothing; the caller starts the file over.
                return HttpResponse.BodySubscribers.replacing(null);
            }
            if (status == 200) {
                progress.takeBack(have); // the server ignored the Range: those bytes come again
                writer[0] = new PartFileWriter(part, false, progress);
                return writer[0];
            }
            return HttpResponse.BodySubscribers.replacing(null);
        };
        CompletableFuture<HttpResponse<Void>> future = client.sendAsync(request.build(), handler);
        HttpResponse<Void> response = await(future, writer);
        int status = response.statusCode();
        if (status == 206 && writer[0] == null) {
            progress.takeBack(have);
            Files.deleteIfExists(part);
            throw new Transient("the server answered a different range than asked for", null);
        }
        if (status == 200 || status == 206) {
            List<HttpHeaders> chain = new ArrayList<>();
            for (Optional<HttpResponse<Void>> r = Optional.of(response); r.isPresent(); r = r.get().previousResponse()) {
                chain.add(r.get().headers());
            }
            return new Download(chain);
        }
        if (status == 404) {
            return null;
        }
        if (status == 416) {
            // Our part file is at least as long as the file: it cannot be a prefix of it.
            progress.takeBack(have);
            Files.deleteIfExists(part);
            throw new Transient("HTTP 416 for a resumed download", null);
        }
        if (status == 429 || status >= 500) {
            throw new Transient("HTTP " + status, null);
        }
        throw new ModelPullException("Downloading " + uri + " failed: HTTP " + status
                + (status == 401 || status == 403 ? " (the repository may be private or gated)" : ""));
    }

    /**
     * Waits for the response, giving up when the body stops arriving for the read timeout; the
     * request's own timeout covers the wait for the headers.
     */
    private HttpResponse<Void> await(CompletableFuture<HttpResponse<Void>> future, PartFileWriter[] writer)
            throws Transient, InterruptedException {
        long idleLimit = settings.readTimeout().toNanos();
        long started = System.nanoTime();
        while (true) {
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                PartFileWriter w = writer[0];
                long since = w == null ? started : w.lastActivity();
                // Without a writer the headers are still awaited; the request timeout ends that, and this
                // is only a backstop with slack for it.
                long limit = w == null ? idleLimit + settings.connectTimeout().toNanos() + 1_000_000_000L : idleLimit;
                if (System.nanoTime() - since > limit) {
                    HttpTimeoutException timeout = new HttpTimeoutException("no data for "
                            + settings.readTimeout().toMillis() + " ms");
                    if (w != null) {
                        w.abort(timeout);
                    }
                    future.cancel(true);
                    throw new Transient("timed out: no data for " + settings.readTimeout().toMillis() + " ms", timeout);
                }
            } catch (ExecutionException e) {
                Throwable cause = rootCause(e);
                if (cause instanceof ModelPullException mpe) {
                    throw mpe;
                }
                String what = cause instanceof HttpTimeoutException ? "timed out (" + cause.getMessage() + ")"
                        : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                throw new Transient(what, cause);
            }
        }
    }

    /** ExecutionException and the client's IOException wrappers hide the cause that matters. */
    private static Throwable rootCause(Throwable t) {
        Throwable cur = t instanceof ExecutionException && t.getCause() != null ? t.getCause() : t;
        while (cur.getCause() != null && cur.getCause() != cur
                && (cur.getCause() instanceof UnknownHostException || cur.getCause() instanceof ConnectException
                        || cur.getCause() instanceof HttpTimeoutException)) {
            cur = cur.getCause();
        }
        return cur;
    }

    /** Proves the files make a model the translator accepts, tokenizer check included. */
    private void check(Path work) {
        try {
            ModelFiles.locate(work, true);
            if (settings.loadCheck()) {
                MarianTranslator.load(work, MarianOptions.defaults().withThreads(1)).close();
            }
        } catch (ModelException e) {
            throw new ModelPullException("The pulled files are complete and verified but do not make a usable model: "
                    + e.getMessage() + " (they are kept in " + work + ")", e);
        }
    }

    /**
     * Renames the finished folder into place. A model already there is first moved aside, so the
     * name always holds a complete model or nothing; each step is one rename on the same disk.
     */
    private static Path moveIntoPlace(Path work, Path target) throws IOException {
        Files.deleteIfExists(work.resolve(REVISION_FILE + ".pulling"));
        if (Files.exists(target)) {
            Path old = work.resolveSibling(target.getFileName() + ".old-" + System.currentTimeMillis());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } else {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void say(String line) {
        if (err != null) {
            err.println(terminal ? "\r" + line + "\033[K" : line);
        }
    }
}
