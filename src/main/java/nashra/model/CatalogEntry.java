package nashra.model;

import java.util.List;

/**
 * One model in the catalog.
 *
 * @param available false for a documented model that cannot be pulled (its notes say how to get it)
 * @param repo the Hugging Face repository, owner/name
 * @param revision the pinned commit; null only for unavailable entries
 */
public record CatalogEntry(
        String name,
        boolean available,
        String repo,
        String revision,
        String licence,
        String attribution,
        String notes,
        List<CatalogFile> files) {

    public CatalogEntry {
        files = List.copyOf(files);
    }
}
