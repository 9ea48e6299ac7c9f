package nashra.model;

/**
 * One file of a model as the catalog lists it.
 *
 * @param path the path inside the model repository and inside the model directory, with '/' separators
 * @param size the size in bytes, or null when the catalog does not know it
 * @param sha256 the lower-case hex SHA-256, or null when unknown (the hub's headers are used then)
 * @param optional true when the model works without it, so a 404 skips it instead of failing
 */
public record CatalogFile(String path, Long size, String sha256, boolean optional) {
}
