package nashra.outlet;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nashra.text.Folding;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlets the briefing can name, read from a data file ({@code jobs/outlets.json}): each with
 * its English and Arabic name, country, web domains and the strings its credit lines and feeds
 * use. Looks outlets up by a name as an input writes it, by a link's domain, and by a label (a
 * folder or file-name prefix such as {@code okaz}). A name the registry does not know is kept in
 * Arabic and given a transliteration (ICU's Arabic-Latin transform), not a guessed translation.
 */
public final class OutletRegistry {

    public static final Path DEFAULT_FILE = Path.of("jobs/outlets.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Decoration around a credit: hashtag marks, underscores for spaces, brackets, quotes, dashes. */
    private static final Pattern DECORATION = Pattern.compile("[#_*()«»\"“”\\[\\]{}\\-–—•|:.]+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Outlet> byName = new HashMap<>();
    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final Map<String, Outlet> byLabel = new HashMap<>();
    private final List<Outlet> outlets = new ArrayList<>();
    private Transliterator transliterator;

    private OutletRegistry() {
    }

    /** A registry that knows no outlet: every named outlet is shown transliterated. */
    public static OutletRegistry empty() {
        return new OutletRegistry();
    }

    /**
     * Reads the registry file.
     *
     * @throws IllegalArgumentException with one line saying what is wrong (missing file, bad JSON,
     *     an entry without id or English name, an id given twice)
     */
    public static OutletRegistry load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The outlet registry " + file + " does not exist; set"
                    + " nashra.briefing.outlets to the registry file (jobs/outlets.json in the repository).");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("The outlet registry " + file + " is not readable JSON ("
                    + firstLine(e.getMessage()) + "); fix the file or point nashra.briefing.outlets at another.");
        }
        JsonNode entries = root == null ? null : root.get("outlets");
        if (entries == null || !entries.isArray()) {
            throw new IllegalArgumentException("The outlet registry " + file + " has no \"outlets\" list; see README, Outlets.");
        }
        OutletRegistry registry = new OutletRegistry();
        int n = 0;
        for (JsonNode entry : entries) {
            n++;
            String id = text(entry, "id");
            String en = text(entry, "en");
            if (id.isEmpty() || en.isEmpty()) {
                throw new IllegalArgumentException("The outlet registry " + file + ": entry " + n
                        + " needs an \"id\" and an \"en\" name; see README, Outlets.");
            }
            if (registry.outlets.stream().anyMatch(o -> o.id().equals(id))) {
                throw new IllegalArgumentException("The outlet registry " + file + " gives the id \"" + id
                        + "\" twice; ids must be unique.");
            }
            registry.add(new Outlet(id, en, text(entry, "ar"), text(entry, "country"), true),
                    list(entry, "domains"), list(entry, "credits"));
        }
        return registry;
    }

    private void add(Outlet outlet, List<String> domains, List<String> credits) {
        outlets.add(outlet);
        for (String domain : domains) {
            String d = domain.strip().toLowerCase(Locale.ROOT);
            d = d.startsWith("www.") ? d.substring(4) : d;
            byDomain.putIfAbsent(d, outlet);
            byLabel.putIfAbsent(label(d.substring(0, d.indexOf('.') < 0 ? d.length() : d.indexOf('.'))), outlet);
        }
        for (String credit : credits) {
            byName.putIfAbsent(nameKey(credit), outlet);
        }
        byName.putIfAbsent(nameKey(outlet.en()), outlet);
        byName.putIfAbsent(nameKey(outlet.id()), outlet);
        byLabel.putIfAbsent(label(outlet.id()), outlet);
        byLabel.putIfAbsent(label(outlet.en()), outlet);
    }

    public List<Outlet> outlets() {
        return List.copyOf(outlets);
    }

    /** The outlet a credit, a feed's {@code source} or a site name names: "سيريانيوز", "#المركز_الصحفي_السوري", "Reuters". */
    public Optional<Outlet> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Outlet found = byName.get(nameKey(name));
        if (found == null && name.contains("+")) {
            // "#المركز_الصحفي_السوري+مواقع": the outlet, plus "and websites".
            found = byName.get(nameKey(name.substring(0, name.indexOf('+'))));
        }
        return Optional.ofNullable(found);
    }

    /** The outlet whose site a link points to; subdomains count ("m.okaz.com.sa"). */
    public Optional<Outlet> byUrl(String url) {
        String host = host(url);
        while (host != null && host.contains(".")) {
            Outlet found = byDomain.get(host);
            if (found != null) {
                return Optional.of(found);
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** The outlet a folder name or a file-name prefix stands for: "okaz", "3alyoum", "SyriaNews", "aleqt". */
    public Optional<Outlet> byLabel(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLabel.get(label(label))).or(() -> byName(label));
    }

    /**
     * An outlet the registry does not know, named as the input names it: the Arabic kept, the
     * English a transliteration. A Latin name ("elmaouid") stands as it is.
     */
    public Outlet unregistered(String name) {
        String clean = DECORATION.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (name.contains("+")) {
            clean = DECORATION.matcher(name.substring(0, name.indexOf('+'))).replaceAll(" ").replaceAll("\\s+", " ").strip();
        }
        if (clean.isEmpty()) {
            return Outlet.UNKNOWN;
        }
        boolean arabic = clean.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        String en = arabic ? transliterate(clean) : clean;
        return new Outlet("name:" + nameKey(clean), en, arabic ? clean : "", "", false);
    }

    /** ICU's Arabic-Latin transform, accents folded to ASCII, each word capitalised: "سيريانيوز" → "Syryanywz". */
    synchronized String transliterate(String arabic) {
        if (transliterator == null) {
            transliterator = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");
        }
        String latin = transliterator.transliterate(arabic).replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder(latin.length());
        for (String word : latin.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    static String nameKey(String name) {
        return Folding.fold(DECORATION.matcher(name).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }

    private static String label(String label) {
        return NON_ALNUM.matcher(Folding.fold(label)).replaceAll("");
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? "" : value.asString().strip();
    }

    private static List<String> list(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (!v.asString().isBlank()) {
                    out.add(v.asString());
                }
            });
        }
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
