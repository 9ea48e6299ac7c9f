package nashra.job;

/** A job definition value that cannot work; the launcher prints its message and stops before reading anything. */
final class ConfigurationProblem extends RuntimeException {

    ConfigurationProblem(String message) {
        super(message);
    }
}
