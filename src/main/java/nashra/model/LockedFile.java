package nashra.model;

/**
 * One file as it was pulled.
 *
 * @param verifiedBy what its sha256 was checked against: "catalog", "x-linked-etag", "etag", or "none"
 *     when neither the catalog nor the hub published one (small non-LFS files on the hub)
 */
public record LockedFile(String path, long size, String sha256, String verifiedBy) {
}
