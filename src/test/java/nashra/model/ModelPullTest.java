package nashra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nashra.translate.marian.MarianOptions;
import nashra.translate.marian.MarianTranslator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulls the tiny test model from a real HTTP server on loopback that behaves like the hub, or badly. */
class ModelPullTest {

    static final Path FIXTURE = Path.of("src/test/resources/models/marian-tiny");
    static final String NAME = "marian-tiny";
    static final String ENCODER = "onnx/encoder_model.onnx";
    static final String DECODER = "onnx/decoder_model_merged.onnx";

    @TempDir
    Path models;

    HubServer hub;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        hub = new HubServer(FIXTURE);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    /** The fixture as a catalog entry; config.json carries its sha256, the rest rely on the server's headers. */
    static CatalogEntry entry() throws IOException {
        String configSha = LockFile.sha256(FIXTURE.resolve("config.json"));
        return new CatalogEntry(NAME, true, HubServer.REPO, HubServer.REVISION, List.of(), "test", null, List.of(
                new CatalogFile("config.json", Files.size(FIXTURE.resolve("config.json")), configSha, false),
                new CatalogFile("generation_config.json", null, null, false),
                new CatalogFile("tokenizer.json", null, null, false),
                new CatalogFile("tokenizer_config.json", null, null, false),
                new CatalogFile("source.spm", null, null, true),
                new CatalogFile("not_in_repo.json", null, null, true),
                new CatalogFile(ENCODER, null, null, false),
                new CatalogFile(DECODER, null, null, false)));
    }

    ModelPull pull(String host, boolean loadCheck) {
        return pull(hub, host, loadCheck, false);
    }

    /** @param terminal progress as on a terminal: a line every 200 ms, rewritten with '\r' */
    ModelPull pull(HubServer server, String host, boolean loadCheck, boolean terminal) {
        ModelPull.Settings settings = ModelPull.Settings.defaults()
                .withBaseUrl(URI.create(server.baseUrl(host)))
                .withTimeouts(Duration.ofMillis(800), Duration.ofMillis(800))
                .withRetries(3, Duration.ofMillis(20))
                .withLoadCheck(loadCheck);
        return new ModelPull(models, settings, new PrintStream(log, true, StandardCharsets.UTF_8), terminal);
    }

    private static final Pattern PROGRESS = Pattern.compile("^(\\d+(?:\\.\\d)? (?:B|KiB|MiB|GiB)) / (\\S+ \\S+)(?:  .*)?$");

    /** The progress lines of a terminal log, as {done, total} in the bar's words. */
    private List<String[]> progressLines() {
        return Stream.of(log.toString(StandardCharsets.UTF_8).split("[\r\n]+"))
                .map(String::strip).map(PROGRESS::matcher).filter(Matcher::matches)
                .map(m -> new String[] {m.group(1), m.group(2)}).toList();
    }

    private void assertTotalFromTheFirstLine(long expected) {
        List<String[]> lines = progressLines();
        assertTrue(lines.size() >= 2, "a first line and a last one: " + log.toString(StandardCharsets.UTF_8));
        assertEquals("0 B", lines.get(0)[0], "the first line comes before the first byte");
        for (String[] line : lines) {
            assertEquals(Progress.bytes(expected), line[1], "every line, the first included, has the whole total");
        }
        assertEquals(Progress.bytes(expected), lines.get(lines.size() - 1)[0], "and the last one has it all done");
    }

    /** The fixture entry with some files marked optional. */
    static CatalogEntry entryWithOptional(Set<String> optional) throws IOException {
        CatalogEntry e = entry();
        return new CatalogEntry(e.name(), true, e.repo(), e.revision(), e.licences(), e.attribution(), e.notes(),
                e.files().stream().map(f -> new CatalogFile(f.path(), f.size(), f.sha256(),
                        f.optional() || optional.contains(f.path()))).toList());
    }

    @Test
    void shippedCatalogSizesGiveTheWholeTotalFromTheFirstLine() throws IOException {
        CatalogEntry opus = Catalog.read(Path.of("models/catalog.json")).get("opus-mt-ar-en");
        Map<String, Long> sizes = opus.files().stream().filter(f -> f.size() != null)
                .collect(Collectors.toMap(CatalogFile::path, CatalogFile::size));
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(118_538_300L, total);
        // A hub with the pinned revision's file names and sizes, filled with placeholder bytes (made up
        // as they are sent, never committed), and without the two optional files, as that revision is.
        // Placeholder bytes are not a model, so this pull skips the final load (the seam the settings
        // have for it); loading after a pull is proven with the real tiny model in pullsVerifiesLocksAndLoads.
        try (HubServer mirror = HubServer.generated(opus.repo(), opus.revision(), sizes)) {
            Path dir = pull(mirror, "127.0.0.1", false, true).pull(opus);
            assertTotalFromTheFirstLine(total);
            LockFile lock = LockFile.read(dir);
            assertEquals(List.of(), lock.verify(dir));
            assertEquals(List.of("generation_config.json", "tokenizer_config.json"), lock.absent());
            Map<String, String> by = lock.files().stream().collect(Collectors.toMap(LockedFile::path, LockedFile::verifiedBy));
            assertEquals(Map.of("config.json", "size", "tokenizer.json", "size", "source.spm", "x-linked-etag",
                    "onnx/encoder_model_quantized.onnx", "x-linked-etag",
                    "onnx/decoder_model_merged_quantized.onnx", "x-linked-etag"), by);
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("tokenizer_config.json: absent from the repository"
                    + " at this revision (optional"), log.toString(StandardCharsets.UTF_8));
            assertEquals(List.of("generation_config.json", "tokenizer_config.json"), mirror.requests.stream()
                    .filter(r -> r.method().equals("HEAD")).map(r -> r.path().substring(r.path().lastIndexOf('/') + 1)).toList(),
                    "HEAD only for the sizes the catalog lacks");
        }
    }

    @Test
    void headRequestsGiveTheTotalBeforeTheFirstByte() throws IOException {
        long total = 0;
        for (CatalogFile f : entry().files()) {
            Path p = FIXTURE.resolve(f.path());
            total += Files.isRegularFile(p) ? Files.size(p) : 0;
        }
        hub.redirectLocalhost = true; // the LFS files' sizes come from X-Linked-Size on the redirect
        assertVerifiedModel(pull(hub, "localhost", false, true).pull(entry()));
        assertTotalFromTheFirstLine(total);
        long heads = hub.requests.stream().filter(r -> r.method().equals("HEAD")).count();
        assertEquals(entry().files().stream().filter(f -> f.size() == null).count(),
                hub.requests.stream().filter(r -> r.method().equals("HEAD") && r.host().startsWith("localhost:")).count(),
                "one HEAD per file whose size the catalog lacks (" + heads + " with redirects)");
    }

    @Test
    void filesTheEngineCanDoWithoutMayBeAbsent() throws IOException {
        hub.missing.add("generation_config.json");
        hub.missing.add("tokenizer_config.json");
        Path dir = pull("127.0.0.1", true).pull(entryWithOptional(Set.of("generation_config.json", "tokenizer_config.json")));
        LockFile lock = LockFile.read(dir);
        assertEquals(List.of("generation_config.json", "tokenizer_config.json", "not_in_repo.json"), lock.absent());
        assertFalse(Files.exists(dir.resolve("generation_config.json")));
        // The load check passed: generation settings came from config.json, as Hugging Face falls back.
        try (MarianTranslator translator = MarianTranslator.load(dir, MarianOptions.defaults().withThreads(1))) {
            assertEquals(4, translator.settings().numBeams());
        }
    }

    @Test
    void plainMirrorIsCheckedOnlyAgainstWhatTheCatalogPublishes() throws IOException {
        hub.plainMirror();
        LockFile lock = LockFile.read(pull("127.0.0.1", false).pull(entry()));
        Map<String, String> by = lock.files().stream().collect(Collectors.toMap(LockedFile::path, LockedFile::verifiedBy));
        assertEquals("catalog", by.get("config.json"));
        assertEquals("none", by.get(ENCODER), "no X-Linked-Etag, and an ETag that is no checksum");
        assertEquals("none", by.get("tokenizer.json"));
    }

    private void assertVerifiedModel(Path dir) throws IOException {
        assertEquals(models.resolve(NAME), dir);
        assertEquals(HubServer.REVISION, Files.readString(dir.resolve("revision")).trim());
        LockFile lock = LockFile.read(dir);
        assertEquals(HubServer.REVISION, lock.revision());
        assertEquals(List.of(), lock.verify(dir));
        Map<String, LockedFile> files = lock.files().stream().collect(Collectors.toMap(LockedFile::path, f -> f));
        assertEquals(7, files.size(), "the optional file the repo lacks is skipped");
        assertFalse(files.containsKey("not_in_repo.json"));
        assertEquals("catalog", files.get("config.json").verifiedBy());
        assertEquals("x-linked-etag", files.get(ENCODER).verifiedBy());
        assertEquals("none", files.get("tokenizer.json").verifiedBy(), "a sha1 ETag cannot verify");
        for (LockedFile f : lock.files()) {
            assertEquals(LockFile.sha256(FIXTURE.resolve(f.path())), f.sha256(), f.path());
            assertFalse(Files.exists(dir.resolve(f.path() + ".part")));
        }
        assertFalse(Files.exists(models.resolve(".partial").resolve(NAME)), "the work folder was moved, not copied");
    }

    private void assertNothingInPlace() {
        assertFalse(Files.exists(models.resolve(NAME)), "no model may appear at models/<name> after a failure");
    }

    @Test
    void pullsVerifiesLocksAndLoads() throws IOException {
        Path dir = pull("127.0.0.1", true).pull(entry());
        assertVerifiedModel(dir);
        try (MarianTranslator translator = MarianTranslator.load(dir, MarianOptions.defaults().withThreads(1))) {
            assertNotNull(translator.settings());
        }
        assertTrue(hub.requests.stream().allMatch(r -> r.range() == null), "nothing to resume");
    }

    @Test
    void corruptedFileIsRefetchedOnceThenRejected() throws IOException {
        hub.corrupt.add(ENCODER);
        ModelPullException e = assertThrows(ModelPullException.class, () -> pull("127.0.0.1", false).pull(entry()));
        assertTrue(e.getMessage().contains("Checksum mismatch for " + ENCODER), e.getMessage());
        assertTrue(e.getMessage().contains("again after a fresh download"), e.getMessage());
        assertEquals(2, hub.requests.stream().filter(HubServer.Seen::get).filter(r -> r.path().endsWith(ENCODER)).count());
        assertNothingInPlace();
        assertFalse(Files.exists(models.resolve(".partial").resolve(NAME).resolve(ENCODER)));
    }

    @Test
    void droppedConnectionResumesWithRange() throws IOException {
        hub.dropOnce.add(DECODER);
        Path dir = pull("127.0.0.1", true).pull(entry());
        assertVerifiedModel(dir);
        List<HubServer.Seen> decoder = hub.requests.stream().filter(HubServer.Seen::get).filter(r -> r.path().endsWith(DECODER)).toList();
        assertEquals(2, decoder.size(), decoder.toString());
        assertNull(decoder.get(0).range());
        long half = Files.size(FIXTURE.resolve(DECODER)) / 2;
        assertNotNull(decoder.get(1).range(), "the second request resumes");
        long from = Long.parseLong(decoder.get(1).range().replaceAll("bytes=(\\d+)-", "$1"));
        assertTrue(from > 0 && from <= half, "resumed from " + from + " of " + 2 * half);
    }

    @Test
    void stalledBodyTimesOutAndResumes() throws IOException {
        hub.stallOnce.add(ENCODER);
        long start = System.nanoTime();
        assertVerifiedModel(pull("127.0.0.1", false).pull(entry()));
        assertTrue((System.nanoTime() - start) / 1e9 < 5);
        List<HubServer.Seen> encoder = hub.requests.stream().filter(HubServer.Seen::get).filter(r -> r.path().endsWith(ENCODER)).toList();
        assertEquals(2, encoder.size());
        assertNotNull(encoder.get(1).range(), "resumed after the stall");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("no data for 800 ms"), log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void serverIgnoringRangeStartsTheFileOver() throws IOException {
        hub.dropOnce.add(DECODER);
        hub.ignoreRange = true;
        assertVerifiedModel(pull("127.0.0.1", false).pull(entry()));
        List<HubServer.Seen> decoder = hub.requests.stream().filter(HubServer.Seen::get).filter(r -> r.path().endsWith(DECODER)).toList();
        assertEquals(2, decoder.size());
        assertNotNull(decoder.get(1).range(), "asked for the rest, got the whole file with 200");
    }

    @Test
    void partFileFromAnEarlierRunIsResumed() throws IOException {
        Path work = models.resolve(".partial").resolve(NAME);
        Files.createDirectories(work.resolve("onnx"));
        Files.writeString(work.resolve("revision.pulling"), HubServer.REVISION + "\n");
        byte[] decoder = Files.readAllBytes(FIXTURE.resolve(DECODER));
        Files.write(work.resolve(DECODER + ".part"), java.util.Arrays.copyOf(decoder, 1000));
        assertVerifiedModel(pull("127.0.0.1", false).pull(entry()));
        assertEquals(List.of("bytes=1000-"), hub.requests.stream().filter(HubServer.Seen::get).filter(r -> r.path().endsWith(DECODER))
                .map(HubServer.Seen::range).toList());
    }

    @Test
    void partialFolderOfAnotherRevisionIsDiscarded() throws IOException {
        Path work = models.resolve(".partial").resolve(NAME);
        Files.createDirectories(work.resolve("onnx"));
        Files.writeString(work.resolve("revision.pulling"), "an-older-revision\n");
        Files.writeString(work.resolve(DECODER + ".part"), "bytes of another version");
        assertVerifiedModel(pull("127.0.0.1", false).pull(entry()));
        assertTrue(hub.requests.stream().allMatch(r -> r.range() == null), "nothing resumed from the old revision");
    }

    @Test
    void verifyFindsAChangedFile() throws IOException {
        Path dir = pull("127.0.0.1", false).pull(entry());
        Path encoder = dir.resolve(ENCODER);
        byte[] bytes = Files.readAllBytes(encoder);
        bytes[10] ^= 1;
        Files.write(encoder, bytes);
        Files.delete(dir.resolve("tokenizer_config.json"));
        List<String> problems = LockFile.read(dir).verify(dir);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(ENCODER + ": sha256")), problems.toString());
        assertTrue(problems.contains("tokenizer_config.json: missing"), problems.toString());
    }

    @Test
    void missingFileIsFinal() throws IOException {
        hub.missing.add(ENCODER);
        ModelPullException e = assertThrows(ModelPullException.class, () -> pull("127.0.0.1", false).pull(entry()));
        assertTrue(e.getMessage().contains("has no file " + ENCODER) && e.getMessage().contains("404"), e.getMessage());
        assertEquals(1, hub.requests.stream().filter(HubServer.Seen::get).filter(r -> r.path().endsWith(ENCODER)).count(), "a 404 is not retried");
        assertNothingInPlace();
    }

    @Test
    void serverErrorIsRetried() throws IOException {
        hub.failOnce.put(ENCODER, 500);
        hub.failOnce.put("tokenizer.json", 429);
        assertVerifiedModel(pull("127.0.0.1", true).pull(entry()));
        assertEquals(2, hub.requests.stream().filter(HubServer.Seen::get).filter(r -> r.path().endsWith(ENCODER)).count());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("HTTP 500; retrying"), log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void followsRedirectToAnotherHost() throws IOException {
        hub.redirectLocalhost = true;
        assertVerifiedModel(pull("localhost", true).pull(entry()));
        assertTrue(hub.requests.stream().anyMatch(r -> r.host().startsWith("localhost:")));
        assertTrue(hub.requests.stream().anyMatch(r -> r.host().startsWith("127.0.0.1:") && r.path().endsWith(ENCODER)),
                "the file came from the redirect's host");
    }

    @Test
    void resumeKeepsItsRangeAcrossTheRedirect() throws IOException {
        hub.redirectLocalhost = true;
        hub.dropOnce.add(DECODER);
        assertVerifiedModel(pull("localhost", false).pull(entry()));
        List<HubServer.Seen> served = hub.requests.stream().filter(HubServer.Seen::get)
                .filter(r -> r.path().endsWith(DECODER) && r.host().startsWith("127.0.0.1:")).toList();
        assertEquals(2, served.size(), served.toString());
        assertNotNull(served.get(1).range(), "the Range header followed the redirect");
    }

    @Test
    void silentServerTimesOut() throws IOException {
        hub.hang = true;
        long start = System.nanoTime();
        ModelPullException e = assertThrows(ModelPullException.class, () -> pull("127.0.0.1", false).pull(entry()));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(e.getMessage().contains("failed after 3 attempts") && e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(seconds < 6, "gave up after " + seconds + " s");
        assertNothingInPlace();
    }

    @Test
    void unreachableHubSaysHowToWorkOffline() throws IOException {
        int port = hub.port();
        hub.close(); // nothing listens there now: connection refused
        ModelPull puller = new ModelPull(models, ModelPull.Settings.defaults()
                .withBaseUrl(URI.create("http://127.0.0.1:" + port))
                .withRetries(2, Duration.ofMillis(10)), null, false);
        ModelPullException e = assertThrows(ModelPullException.class, () -> puller.pull(entry()));
        assertInstanceOf(OfflineException.class, e);
        assertTrue(e.getMessage().contains("`bin/nashra models pull " + NAME + "`") && e.getMessage().contains("--model-dir"),
                e.getMessage());
        assertNothingInPlace();
    }

    @Test
    void secondPullKeepsAnIntactModelAndReplacesADamagedOne() throws IOException {
        ModelPull puller = pull("127.0.0.1", false);
        assertVerifiedModel(puller.pull(entry()));
        int requests = hub.requests.size();
        assertVerifiedModel(puller.pull(entry()));
        assertEquals(requests, hub.requests.size(), "an intact model is not fetched again");
        Files.writeString(models.resolve(NAME).resolve("tokenizer.json"), "{}");
        assertVerifiedModel(puller.pull(entry()));
        assertEquals(2 * requests, hub.requests.size(), "a damaged model is pulled again and replaced");
    }

    @Test
    void secondPullOfTheSameModelAtOnceIsRefused() throws IOException {
        Path lockPath = models.resolve(".partial").resolve(NAME + ".pulling");
        Files.createDirectories(lockPath.getParent());
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockPath,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = channel.lock()) {
            ModelPullException e = assertThrows(ModelPullException.class, () -> pull("127.0.0.1", false).pull(entry()));
            assertTrue(e.getMessage().contains("Another `bin/nashra models pull " + NAME + "` is running"), e.getMessage());
        }
        assertTrue(hub.requests.isEmpty());
        assertNothingInPlace();
    }

    @Test
    void unavailableEntryIsRefusedWithItsNotes() {
        CatalogEntry big = new CatalogEntry("big", false, "x/big", null, List.of(), null, "export it with optimum-cli", List.of());
        ModelPullException e = assertThrows(ModelPullException.class, () -> pull("127.0.0.1", false).pull(big));
        assertTrue(e.getMessage().contains("optimum-cli"), e.getMessage());
    }
}
