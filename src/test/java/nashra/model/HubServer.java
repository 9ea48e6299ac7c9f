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
 * A local stand-in for the Hugging Face hub on 127.0.0.1: serves a model folder at
 * /{repo}/resolve/{revision}/{path} with the hub's headers (X-Linked-Etag with the sha256 for the
 * large files, a git-style sha1 ETag for small ones, Accept-Ranges, 206 for a Range), and can
 * misbehave in the ways a real download does.
 */
public final class HubServer implements AutoCloseable {

    public static final String REPO = "test/marian-tiny";
    public static final String REVISION = "0123456789abcdef0123456789abcdef01234567";

    /** One request as the server saw it. */
    public record Seen(String host, String path, String range) {
    }

    public final List<Seen> requests = new CopyOnWriteArrayList<>();
    /** Paths answered with one byte changed. */
    final Set<String> corrupt = ConcurrentHashMap.newKeySet();
    /** Paths whose first answer stops after half the bytes. */
    final Set<String> dropOnce = ConcurrentHashMap.newKeySet();
    /** Paths whose first answer sends half the bytes and then nothing, keeping the connection open. */
    final Set<String> stallOnce = ConcurrentHashMap.newKeySet();
    /** Paths whose first answer is this status. */
    final Map<String, Integer> failOnce = new ConcurrentHashMap<>();
    /** Paths that do not exist. */
    final Set<String> missing = ConcurrentHashMap.newKeySet();
    /** When set, requests that arrive with Host "localhost" are redirected to 127.0.0.1. */
    volatile boolean redirectLocalhost;
    /** When set, a Range header is ignored and the whole file sent with 200, as some mirrors do. */
    volatile boolean ignoreRange;
    /** When set, every request is accepted and never answered. */
    volatile boolean hang;

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hub-server");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closing = new CountDownLatch(1);

    public HubServer(Path root) throws IOException {
        this.root = root;
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

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String host = ex.getRequestHeaders().getFirst("Host");
            String range = ex.getRequestHeaders().getFirst("Range");
            requests.add(new Seen(host, path, range));
            if (hang) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            String prefix = "/" + REPO + "/resolve/" + REVISION + "/";
            if (!path.startsWith(prefix)) {
                send(ex, 404, "Repository or revision not found");
                return;
            }
            String file = path.substring(prefix.length());
            Path source = root.resolve(file);
            if (missing.contains(file) || !Files.isRegularFile(source) || file.contains("..")) {
                ex.getResponseHeaders().set("X-Error-Code", "EntryNotFound");
                send(ex, 404, "Entry not found");
                return;
            }
            Integer status = failOnce.remove(file);
            if (status != null) {
                send(ex, status, "Internal Error");
                return;
            }
            byte[] bytes = Files.readAllBytes(source);
            boolean lfs = file.endsWith(".onnx") || file.endsWith(".spm");
            if (lfs) {
                ex.getResponseHeaders().set("X-Linked-Etag", "\"" + hex("SHA-256", bytes) + "\"");
                ex.getResponseHeaders().set("X-Linked-Size", Long.toString(bytes.length));
            }
            if (redirectLocalhost && host != null && host.startsWith("localhost:")) {
                // Like the hub's redirect of LFS files to its CDN: the checksum header is on the redirect.
                ex.getResponseHeaders().set("Location", baseUrl("127.0.0.1") + path);
                ex.sendResponseHeaders(302, -1);
                return;
            }
            if (corrupt.contains(file)) {
                bytes = bytes.clone();
                bytes[bytes.length / 2] ^= 0x5a;
            }
            ex.getResponseHeaders().set("ETag", "\"" + (lfs ? hex("SHA-256", bytes) : hex("SHA-1", bytes)) + "\"");
            ex.getResponseHeaders().set("Accept-Ranges", "bytes");
            ex.getResponseHeaders().set("X-Repo-Commit", REVISION);
            int from = 0;
            if (range != null && !ignoreRange && range.matches("bytes=\\d+-")) {
                from = Integer.parseInt(range.substring(6, range.length() - 1));
                if (from >= bytes.length) {
                    ex.getResponseHeaders().set("Content-Range", "bytes */" + bytes.length);
                    ex.sendResponseHeaders(416, -1);
                    return;
                }
                ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length);
            }
            int length = bytes.length - from;
            ex.sendResponseHeaders(from > 0 ? 206 : 200, length);
            OutputStream body = ex.getResponseBody();
            if (dropOnce.remove(file)) {
                body.write(bytes, from, length / 2);
                body.flush();
                // Closing short of Content-Length makes the server drop the connection, as a reset would.
                return;
            }
            if (stallOnce.remove(file)) {
                body.write(bytes, from, length / 2);
                body.flush();
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            body.write(bytes, from, length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // A short body ends in "insufficient bytes written"; that is the point of dropOnce.
        }
    }

    private static void send(HttpExchange ex, int status, String message) throws IOException {
        byte[] body = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
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
