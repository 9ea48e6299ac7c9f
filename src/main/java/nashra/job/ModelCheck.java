package nashra.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nashra.model.LockFile;
import nashra.translate.ModelException;

/**
 * A pulled model is checked against its lock file at every start: a flipped byte in a copy
 * carried to an offline machine would otherwise translate a whole night wrongly without a word.
 * Hashing the ~110 MB of opus-mt-ar-en costs well under a second. A model without a lock file
 * (fetched by other means, or a test model) is used as it is.
 */
final class ModelCheck {

    private ModelCheck() {
    }

    static void againstLockFile(Path modelDir) {
        if (!Files.isRegularFile(modelDir.resolve(LockFile.FILE_NAME))) {
            return;
        }
        LockFile lock = LockFile.read(modelDir);
        List<String> problems = lock.verify(modelDir);
        if (!problems.isEmpty()) {
            String name = lock.name() == null ? modelDir.getFileName().toString() : lock.name();
            throw new ModelException("the model in " + modelDir + " does not match its lock file (" + problems.get(0)
                    + (problems.size() > 1 ? ", and " + (problems.size() - 1) + " more" : "") + "); pull it again with"
                    + " `bin/nashra models pull " + name + "`, or copy it again and check it with `bin/nashra models verify "
                    + name + "`.");
        }
    }
}
