package nashra.model;

import nashra.translate.ModelException;

/**
 * A pull or verification that cannot go on; the message says what happened and what to do. A
 * ModelException, so the CLI reports it like any other model problem (one line, exit 1).
 */
public class ModelPullException extends ModelException {

    public ModelPullException(String message) {
        super(message);
    }

    public ModelPullException(String message, Throwable cause) {
        super(message, cause);
    }
}
