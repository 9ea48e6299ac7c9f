package nashra.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nashra.model.Catalog;
import nashra.model.CatalogEntry;
import nashra.model.LockFile;
import nashra.model.LockedFile;
import nashra.model.ModelPull;
import nashra.model.PullReport;

/**
 * {@code nashra models list|pull|verify}: the models in the catalog, fetching one, and rechecking a
 * copy against its lock file.
 */
final class ModelsCommand {

    static final String USAGE = """
            usage: bin/nashra models list   [--models-dir DIR] [--catalog FILE]
                   bin/nashra models pull   [NAME] [--base-url URL] [--models-dir DIR] [--catalog FILE]
                   bin/nashra models verify [NAME] [--models-dir DIR] [--catalog FILE]
              list     the catalog's models, whether each is here, its size, and whether its files
                       have the sizes in its lock file (sizes only; verify hashes them)
              pull     download a model (default: the catalog's default) into DIR/NAME, checking each
                       file against the sha256 or size the catalog or the hub publishes, and saying
                       which; an interrupted pull resumes where it stopped
              verify   recompute every file's sha256 and compare it with DIR/NAME/nashra.lock.json
              --models-dir DIR   where models live (default: models)
              --catalog FILE     the model catalog (default: DIR/catalog.json)
              --base-url URL     a Hugging Face mirror (default: https://huggingface.co)""";

    static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
        Args args = new Args(argv, Set.of("models-dir", "catalog", "base-url"), Set.of());
        List<String> pos = args.positional();
        if (pos.isEmpty()) {
            throw new Args.UsageException("say list, pull or verify\n" + USAGE);
        }
        Path modelsDir = Path.of(args.get("models-dir", "models"));
        Catalog catalog = Catalog.read(Path.of(args.get("catalog", modelsDir.resolve("catalog.json").toString())));
        String sub = pos.get(0);
        if (pos.size() > 2 || (sub.equals("list") && pos.size() > 1)) {
            throw new Args.UsageException("too many arguments\n" + USAGE);
        }
        String name = pos.size() > 1 ? pos.get(1) : null;
        if (args.has("base-url") && !sub.equals("pull")) {
            throw new Args.UsageException("--base-url is for pull");
        }
        return switch (sub) {
            case "list" -> list(catalog, modelsDir, out);
            case "pull" -> pull(catalog.get(name), modelsDir, args.get("base-url", null), out, err);
            case "verify" -> verify(catalog.get(name), modelsDir, out, err);
            default -> throw new Args.UsageException("unknown models command \"" + sub + "\"\n" + USAGE);
        };
    }

    private static int list(Catalog catalog, Path modelsDir, PrintStream out) throws IOException {
        out.printf(Locale.ROOT, "%-24s %-24s %-10s %s%n", "NAME", "LICENCE", "SIZE", "STATUS");
        for (CatalogEntry e : catalog.entries()) {
            Path dir = modelsDir.resolve(e.name());
            String size = "";
            String status;
            if (!e.available()) {
                status = "not available to pull (see the catalog's notes)";
            } else if (!Files.isDirectory(dir)) {
                status = "not here (bin/nashra models pull " + e.name() + ")";
            } else if (!Files.isRegularFile(dir.resolve(LockFile.FILE_NAME))) {
                size = human(sizeOf(dir));
                status = "here, no lock file (not pulled by nashra; cannot be verified)";
            } else {
                LockFile lock = LockFile.read(dir);
                long bytes = lock.files().stream().mapToLong(LockedFile::size).sum();
                size = human(bytes);
                // Hashing 100 MB per model would make list slow, so it compares sizes and says so.
                status = sizesMatch(lock, dir) ? "here, sizes match the lock file (sizes only; run verify)"
                        : "here, DAMAGED: sizes differ from the lock file";
                if (!e.revision().equals(lock.revision())) {
                    status += "; revision " + lock.revision() + ", catalog pins " + e.revision();
                }
            }
            String name = e.name() + (e.name().equals(catalog.defaultName()) ? " *" : "");
            out.printf(Locale.ROOT, "%-24s %-24s %-10s %s%n", name, e.licenceNames(), size, status);
        }
        out.println("* default.  `bin/nashra models verify NAME` rechecks the sha256 of every file;"
                + " the catalog's \"licences\" say where each licence is stated.");
        return 0;
    }

    private static int pull(CatalogEntry entry, Path modelsDir, String baseUrl, PrintStream out, PrintStream err) {
        ModelPull.Settings settings = ModelPull.Settings.defaults();
        if (baseUrl != null) {
            settings = settings.withBaseUrl(URI.create(baseUrl));
        }
        Path dir = new ModelPull(modelsDir, settings, err).pull(entry);
        LockFile lock = LockFile.read(dir);
        out.println("Pulled " + entry.name() + " into " + dir + ": " + PullReport.headline(lock) + ".");
        PullReport.details(lock).forEach(out::println);
        out.println("Licence: " + entry.licenceSources() + "." + (entry.attribution() == null ? "" : " " + entry.attribution()));
        return 0;
    }

    private static int verify(CatalogEntry entry, Path modelsDir, PrintStream out, PrintStream err) {
        Path dir = modelsDir.resolve(entry.name());
        if (!Files.isDirectory(dir)) {
            err.println("nashra models verify: " + dir + " does not exist; pull it with `bin/nashra models pull "
                    + entry.name() + "`");
            return 1;
        }
        LockFile lock = LockFile.read(dir);
        List<String> problems = lock.verify(dir);
        if (problems.isEmpty()) {
            out.println(entry.name() + ": " + lock.files().size() + " files match " + LockFile.FILE_NAME
                    + " (revision " + lock.revision() + ")");
            return 0;
        }
        for (String p : problems) {
            err.println(entry.name() + ": " + p);
        }
        err.println(entry.name() + ": " + problems.size() + " of " + lock.files().size()
                + " files do not match; pull it again with `bin/nashra models pull " + entry.name() + "`");
        return 1;
    }

    private static boolean sizesMatch(LockFile lock, Path dir) throws IOException {
        for (LockedFile f : lock.files()) {
            Path p = dir.resolve(f.path());
            if (!Files.isRegularFile(p) || Files.size(p) != f.size()) {
                return false;
            }
        }
        return true;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String human(long n) {
        return n < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", n / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }

    private ModelsCommand() {
    }
}
