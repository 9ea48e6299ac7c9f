package nashra.job;

/**
 * An input that cannot become a digest. The step skips it, the skip listener writes it to the
 * run's rejects report with its reason, and the run goes on.
 */
public class RejectedException extends RuntimeException {

    private final String origin;
    private final String reason;
    private final String detail;

    public RejectedException(String origin, String reason, String detail) {
        super(origin + ": " + reason + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.origin = origin;
        this.reason = reason;
        this.detail = detail;
    }

    public String origin() {
        return origin;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
