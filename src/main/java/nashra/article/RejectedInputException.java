package nashra.article;

/**
 * Carries a {@link Rejected} input through code that reports by throwing, such as a batch step
 * whose skip policy and listener turn it into a line of the rejects report.
 */
public final class RejectedInputException extends RuntimeException {

    private final transient Rejected rejected;

    public RejectedInputException(Rejected rejected) {
        super(rejected.origin() + ": " + rejected.reason() + (rejected.detail().isEmpty() ? "" : " (" + rejected.detail() + ")"));
        this.rejected = rejected;
    }

    public Rejected rejected() {
        return rejected;
    }
}
