package nashra.model;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local server in the Hugging Face hub's URL layout on 127.0.0.1: serves a model folder (or
 * placeholder files of given sizes) at /{repo}/resolve/{revision}/{path} with the hub's headers
 * (X-Linked-Etag with the sha256 and X-Linked-Size for the large files, a git-style sha1 ETag for
 * small ones, Accept-Ranges, 206 for a Range, HEAD), and can misbehave in the ways a real download
 * does, or behave like a plain mirror that publishes no checksums.
 */
public final class HubServer implements AutoCloseable {

    public static final String REPO = "test/marian-tiny";
    public static final String REVISION = "0123456789abcdef0123456789abcdef01234567";

    /** One request as the server saw it. */
    public record Seen(String host, String path, String range, String method) {

        public boolean get() {
            return method.equals("GET");
        }
    }

    public final List<Seen> requests = new CopyOnWriteArrayList<>();
    /** Paths answered with one byte changed. */
    final Set<String> corrupt = ConcurrentHashMap.newKeySet();
    /** Paths whose first answer stops after half the bytes. */
    final Set<String> dropOnce = ConcurrentHashMap.newKeySet();
    /** Paths whose first answer sends half the bytes and then nothing, keeping the connection open. */
    final Set<String> stallOnce = ConcurrentHashMap.newKeySet();
    /** Paths whose first GET is answered with this status. */
    final Map<String, Integer> failOnce = new ConcurrentHashMap<>();
    /** Paths that do not exist. */
    public final Set<String> missing = ConcurrentHashMap.newKeySet();
    /** When set, requests that arrive with Host "localhost" are redirected to 127.0.0.1. */
    volatile boolean redirectLocalhost;
    /** When set, a Range header is ignored and the whole file sent with 200, as some mirrors do. */
    volatile boolean ignoreRange;
    /** When set, every request is accepted and never answered. */
    volatile boolean hang;

    /**
     * When set, the server behaves like a plain static mirror: no X-Linked-Etag or X-Linked-Size,
     * and an ETag that is not a checksum (mtime-size, as nginx sends).
     */
    volatile boolean plainMirror;

    /** Makes this server a plain mirror (see {@link #plainMirror}); returns it. */
    public HubServer plainMirror() {
        plainMirror = true;
        return this;
    }

    private final String repo;
    private final String revision;
    private final Path root;
    /** Files made up by the test instead of read from root: path to size. */
    private final Map<String, Long> generated;
    private final Map<String, String> generatedDigests = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hub-server");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closing = new CountDownLatch(1);

    /** Serves the files of a model folder as {@link #REPO} at {@link #REVISION}. */
    public HubServer(Path root) throws IOException {
        this(REPO, REVISION, root, Map.of());
    }

    /**
     * Serves placeholder files of the given sizes as repo at revision: the names and sizes of a real
     * model without its bytes (deterministic filler, streamed, never held in memory or on disk).
     */
    public static HubServer generated(String repo, String revision, Map<String, Long> sizes) throws IOException {
        return new HubServer(repo, revision, null, sizes);
    }

    private HubServer(String repo, String revision, Path root, Map<String, Long> generated) throws IOException {
        this.repo = repo;
        this.revision = revision;
        this.root = root;
        this.generated = Map.copyOf(generated);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl(String host) {
        return "http://" + host + ":" + port();
    }

    /** A file's bytes, from disk or made up; corrupt flips the middle byte. */
    private interface Body {
        long length();

        void write(OutputStream out, long from, long count) throws IOException;
    }

    private record Bytes(byte[] bytes) implements Body {
        public long length() {
            return bytes.length;
        }

        public void write(OutputStream out, long from, long count) throws IOException {
            out.write(bytes, (int) from, (int) count);
        }
    }

    /** The same 64 KiB block of filler, seeded by the path, repeated to the size. */
    private record Filler(String path, long length) implements Body {
        byte[] block() {
            byte[] block = new byte[1 << 16];
            new java.util.SplittableRandom(path.hashCode()).nextBytes(block);
            return block;
        }

        public void write(OutputStream out, long from, long count) throws IOException {
            byte[] block = block();
            long at = from;
            long end = from + count;
            while (at < end) {
                int offset = (int) (at % block.length);
                int n = (int) Math.min(block.length - offset, end - at);
                out.write(block, offset, n);
                at += n;
            }
        }

        String hex(String algorithm) {
            MessageDigest digest = digest(algorithm);
            byte[] block = block();
            for (long at = 0; at < length; at += block.length) {
                digest.update(block, 0, (int) Math.min(block.length, length - at));
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private Body body(String file) throws IOException {
        Long size = generated.get(file);
        if (size != null) {
            return new Filler(file, size);
        }
        Path source = root == null ? null : root.resolve(file);
        return source != null && Files.isRegularFile(source) ? new Bytes(Files.readAllBytes(source)) : null;
    }

    private String hexOf(String algorithm, String file, Body body) {
        if (body instanceof Filler f) {
            return generatedDigests.computeIfAbsent(algorithm + " " + file, k -> f.hex(algorithm));
        }
        return hex(algorithm, ((Bytes) body).bytes());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String host = ex.getRequestHeaders().getFirst("Host");
            String range = ex.getRequestHeaders().getFirst("Range");
            boolean head = ex.getRequestMethod().equals("HEAD");
            requests.add(new Seen(host, path, range, ex.getRequestMethod()));
            if (hang) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            String prefix = "/" + repo + "/resolve/" + revision + "/";
            if (!path.startsWith(prefix)) {
                send(ex, 404, "Repository or revision not found");
                return;
            }
            String file = path.substring(prefix.length());
            Body body = file.contains("..") || missing.contains(file) ? null : body(file);
            if (body == null) {
                ex.getResponseHeaders().set("X-Error-Code", "EntryNotFound");
                send(ex, 404, "Entry not found");
                return;
            }
            Integer status = head ? null : failOnce.remove(file);
            if (status != null) {
                send(ex, status, "Internal Error");
                return;
            }
            long length = body.length();
            boolean lfs = file.endsWith(".onnx") || file.endsWith(".spm");
            if (lfs && !plainMirror) {
                ex.getResponseHeaders().set("X-Linked-Etag", "\"" + hexOf("SHA-256", file, body) + "\"");
                ex.getResponseHeaders().set("X-Linked-Size", Long.toString(length));
            }
            if (redirectLocalhost && host != null && host.startsWith("localhost:")) {
                // Like the hub's redirect of LFS files to its CDN: the checksum header is on the redirect.
                ex.getResponseHeaders().set("Location", baseUrl("127.0.0.1") + path);
                ex.sendResponseHeaders(302, -1);
                return;
            }
            if (corrupt.contains(file)) {
                byte[] bytes = ((Bytes) body).bytes().clone();
                bytes[bytes.length / 2] ^= 0x5a;
                body = new Bytes(bytes);
            }
            String etag = plainMirror ? Long.toHexString(1_700_000_000L) + "-" + Long.toHexString(length)
                    : hexOf(lfs ? "SHA-256" : "SHA-1", file, body);
            ex.getResponseHeaders().set("ETag", "\"" + etag + "\"");
            ex.getResponseHeaders().set("Accept-Ranges", "bytes");
            ex.getResponseHeaders().set("X-Repo-Commit", revision);
            if (head) {
                // HttpServer leaves the length of a HEAD answer to the handler.
                ex.getResponseHeaders().set("Content-Length", Long.toString(length));
                ex.sendResponseHeaders(200, -1);
                return;
            }
            long from = 0;
            if (range != null && !ignoreRange && range.matches("bytes=\\d+-")) {
                from = Long.parseLong(range.substring(6, range.length() - 1));
                if (from >= length) {
                    ex.getResponseHeaders().set("Content-Range", "bytes */" + length);
                    ex.sendResponseHeaders(416, -1);
                    return;
                }
                ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (length - 1) + "/" + length);
            }
            long count = length - from;
            ex.sendResponseHeaders(from > 0 ? 206 : 200, count);
            OutputStream out = ex.getResponseBody();
            if (dropOnce.remove(file)) { // (HEAD answered above: these misbehaviours are for downloads)
                body.write(out, from, count / 2);
                out.flush();
                // Closing short of Content-Length makes the server drop the connection, as a reset would.
                return;
            }
            if (stallOnce.remove(file)) {
                body.write(out, from, count / 2);
                out.flush();
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            body.write(out, from, count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // A short body ends in "insufficient bytes written"; that is the point of dropOnce.
        }
    }

    private static void send(HttpExchange ex, int status, String message) throws IOException {
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] body = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    /** The sha256 of a file, as a catalog would carry it. */
    public static String sha256(Path file) throws IOException {
        return hex("SHA-256", Files.readAllBytes(file));
    }

    static String hex(String algorithm, byte[] bytes) {
        return HexFormat.of().formatHex(digest(algorithm).digest(bytes));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
