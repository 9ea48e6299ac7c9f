package nashra.job;

import java.util.List;

/** Inputs that ended in neither a digest nor a reject: the run must not be recorded complete. */
final class UnaccountedInputsException extends RuntimeException {

    UnaccountedInputsException(List<String> missing) {
        super(missing.size() + " input(s) are neither in a digest nor in the rejects report (first: "
                + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                + "); the run is not recorded as complete. Run the same command again to read them;"
                + " if the count stays, please report it");
    }
}
