package nashra.article;

import java.util.Objects;

/**
 * An input that gave no article, and why: nothing read is dropped without a record.
 *
 * @param origin the file (and line)
 * @param reason one of the constants below
 * @param detail what exactly was wrong, for the person reading the rejects report
 */
public record Rejected(Origin origin, String reason, String detail) implements ReadResult {

    public static final String EMPTY = "empty after cleaning";
    public static final String NOT_ARABIC = "not Arabic";
    public static final String UNREADABLE_ENCODING = "unreadable encoding";
    public static final String UNPARSABLE_JSON = "unparsable JSON line";
    public static final String TOO_LARGE = "too large";
    public static final String UNSUPPORTED_EXTENSION = "unsupported extension";
    public static final String UNREADABLE_FILE = "unreadable file";
    /** A FIFO, socket, device, broken link or link to a folder: nothing to read as an article. */
    public static final String NOT_A_FILE = "not a regular file";
    /** The digest could not be rendered or named (a value no format can hold). */
    public static final String UNWRITABLE = "cannot be written";
    /** Cleaning or summarising failed on this input: a bug to fix, reported instead of ending the run. */
    public static final String PROCESSING_FAILED = "processing failed";
    /** The same article id as an earlier input of the run: an identical copy, or an id a feed gave twice. */
    public static final String DUPLICATE = "duplicate";
    /** A reader failed on this input: a bug to fix, reported instead of ending the run. */
    public static final String READER_FAILED = "reader failed";

    public Rejected {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
