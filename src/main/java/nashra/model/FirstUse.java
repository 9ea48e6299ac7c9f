package nashra.model;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Gets the model a run needs on its first use: when the model directory is missing and is the
 * catalog's place for one of its models ({@code models/<name>}), that model is pulled (verified,
 * moved into place only when complete). Any other missing directory is left for the model loader
 * to report. Without a network the pull stops with one message that says how to bring the model.
 */
public final class FirstUse {

    private FirstUse() {
    }

    /**
     * @param modelDir the directory the run was configured with
     * @param catalogFile the model catalog; its folder is where pulled models live
     * @param baseUrl the hub or a mirror
     * @return the directory to load, now present if it could be pulled
     */
    public static Path ensureModel(Path modelDir, Path catalogFile, URI baseUrl, PrintStream err) {
        if (Files.isDirectory(modelDir) || !Files.isRegularFile(catalogFile)) {
            return modelDir;
        }
        Path modelsDir = catalogFile.toAbsolutePath().normalize().getParent();
        Path wanted = modelDir.toAbsolutePath().normalize();
        if (!modelsDir.equals(wanted.getParent())) {
            return modelDir;
        }
        Optional<CatalogEntry> entry = Catalog.read(catalogFile).find(wanted.getFileName().toString());
        if (entry.isEmpty() || !entry.get().available()) {
            return modelDir;
        }
        err.println("Model " + entry.get().name() + " is not in " + modelsDir + " yet: pulling it from "
                + baseUrl + " (first use).");
        Path dir = new ModelPull(modelsDir, ModelPull.Settings.defaults().withBaseUrl(baseUrl), err).pull(entry.get());
        LockFile lock = LockFile.read(dir);
        err.println("Pulled " + entry.get().name() + " into " + dir + ": " + PullReport.headline(lock) + ".");
        PullReport.details(lock).forEach(err::println);
        return dir;
    }
}
