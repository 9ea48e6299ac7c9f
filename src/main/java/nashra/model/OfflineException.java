package nashra.model;

/** The hub cannot be reached at all (no DNS, connection refused): the machine is probably offline. */
public class OfflineException extends ModelPullException {

    public OfflineException(String model, String host, Throwable cause) {
        super("Cannot reach " + host + " (" + cause + "). Pull the model on a connected machine with"
                + " `bin/nashra models pull " + model + "`, copy the models/" + model + " folder here,"
                + " or pass --model-dir DIR.", cause);
    }
}
