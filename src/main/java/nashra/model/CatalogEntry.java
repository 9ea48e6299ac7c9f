package nashra.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One model in the catalog.
 *
 * @param available false for a documented model that cannot be pulled (its notes say how to get it)
 * @param repo the Hugging Face repository, owner/name
 * @param revision the pinned commit; null only for unavailable entries
 * @param licences the licences its sources state, each with where it is stated; empty when unknown
 */
public record CatalogEntry(
        String name,
        boolean available,
        String repo,
        String revision,
        List<Licence> licences,
        String attribution,
        String notes,
        List<CatalogFile> files) {

    public CatalogEntry {
        files = List.copyOf(files);
        licences = List.copyOf(licences);
    }

    /** The licence names for a table column, "Apache-2.0 / CC-BY-4.0"; "" when unknown. */
    public String licenceNames() {
        return licences.stream().map(Licence::name).distinct().collect(Collectors.joining(" / "));
    }

    /** Every licence with its source and link, for messages and attribution. */
    public String licenceSources() {
        return licences.isEmpty() ? "licence unknown (see the catalog)"
                : licences.stream().map(Licence::describe).collect(Collectors.joining("; "));
    }
}
