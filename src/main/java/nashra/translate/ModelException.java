package nashra.translate;

/**
 * The model cannot be used: a file is missing, unreadable or does not belong to the others. The
 * message says what is wrong and what to do; callers print it as it is and stop.
 */
public class ModelException extends RuntimeException {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
