package nashra.job;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import nashra.translate.ModelException;

/**
 * Turns a failure into the one line an operator reads: what went wrong, said plainly, without
 * the layers of wrapping ("Unable to process chunk", "Encountered an error executing step") that
 * Spring Batch adds around the real cause. The full trace goes to the debug log.
 */
final class Failures {

    private Failures() {
    }

    static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The innermost message worth showing, with its kind when the message alone says little. */
    static String describe(Throwable e) {
        Throwable root = root(e);
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    /** Why a run failed, and what to do, for the failures an operator meets. */
    static String runFailure(Throwable failure, RunFolders folders) {
        if (failure == null) {
            return "no detail was recorded.";
        }
        if (failure instanceof UnaccountedInputsException || BriefingLauncher.find(failure, UnaccountedInputsException.class) != null) {
            return BriefingLauncher.find(failure, UnaccountedInputsException.class).getMessage() + ".";
        }
        ModelException model = BriefingLauncher.find(failure, ModelException.class);
        if (model != null) {
            return model.getMessage();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("no space left on device") || text.contains("disk quota exceeded")) {
                return "no space left on the device that holds " + folders.output().toAbsolutePath().normalize()
                        + "; free some space.";
            }
        }
        IOException io = BriefingLauncher.find(failure, IOException.class);
        if (io != null) {
            if (io instanceof FileSystemException f && f.getFile() != null && f.getReason() != null) {
                return "cannot write " + f.getFile() + " (" + f.getReason().toLowerCase(Locale.ROOT) + ").";
            }
            return "cannot write (" + Preflight.reason(io) + ").";
        }
        SQLException sql = BriefingLauncher.find(failure, SQLException.class);
        if (sql != null) {
            return jobRepository(sql);
        }
        return describe(failure) + ".";
    }

    /** The job repository (H2 file or PostgreSQL) cannot be opened or used. */
    static String jobRepository(SQLException e) {
        return "the job repository cannot be used (" + describe(e) + "). If it is the H2 file under <output>/.nashra/,"
                + " move jobs.mv.db aside and run again: the date's finished work is kept in its folder and is not"
                + " done twice.";
    }
}
