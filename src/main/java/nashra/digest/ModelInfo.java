package nashra.digest;

/**
 * Which translation model produced the English, so a digest can be traced and reproduced.
 *
 * @param name the model's name (its directory or catalog name)
 * @param revision the pinned revision or content hash of its files, "unknown" when not recorded
 */
public record ModelInfo(String name, String revision) {
}
