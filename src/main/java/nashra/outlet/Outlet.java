package nashra.outlet;

import java.util.Objects;

/**
 * Who published an article, as the briefing names it: in English for the analyst and in Arabic
 * as the outlet writes its own name.
 *
 * @param id stable key: the registry's id ({@code syrianews}); for a name the registry does not
 *     know, {@code name:} and the folded Arabic; {@link #UNKNOWN_ID} when nothing names the outlet
 * @param en the English name; for a name the registry does not know, its transliteration
 * @param ar the Arabic name, "" when the outlet has none or is unknown
 * @param country ISO 3166 code from the registry, "" when not known
 * @param registered whether the registry knows the outlet (an unregistered English name is a transliteration)
 */
public record Outlet(String id, String en, String ar, String country, boolean registered) {

    public static final String UNKNOWN_ID = "unknown";
    public static final Outlet UNKNOWN = new Outlet(UNKNOWN_ID, "unknown outlet", "", "", false);

    public Outlet {
        Objects.requireNonNull(id, "id");
        en = en == null ? "" : en;
        ar = ar == null ? "" : ar;
        country = country == null ? "" : country;
    }

    /** Whether anything named the outlet; articles of unknown outlets are not counted as outlets. */
    public boolean named() {
        return !UNKNOWN_ID.equals(id);
    }
}
