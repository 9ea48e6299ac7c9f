package nashra.model;

/**
 * One file as it was pulled.
 *
 * @param verifiedBy what the file was checked against: its sha256 against the catalog ("catalog"),
 *     against the hub's X-Linked-Etag or ETag header ("x-linked-etag", "etag"); only its size against
 *     the catalog ("size"); or nothing ("none") when neither the catalog nor the server published a
 *     sha256 or a size (small non-LFS files on the hub, any file from a plain mirror)
 */
public record LockedFile(String path, long size, String sha256, String verifiedBy) {

    public static final String BY_CATALOG = "catalog";
    public static final String BY_SIZE = "size";
    public static final String BY_NOTHING = "none";

    /** Whether its sha256 was compared with a published one (not merely recorded). */
    public boolean hashChecked() {
        return !verifiedBy.equals(BY_SIZE) && !verifiedBy.equals(BY_NOTHING);
    }
}
