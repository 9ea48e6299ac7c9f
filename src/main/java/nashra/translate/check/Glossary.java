package nashra.translate.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Arabic names of people, places and organisations with their English renderings, read from a
 * tab-separated file ({@code jobs/glossary.tsv}): {@code arabic TAB english[|other rendering] TAB
 * kind}, {@code #} starts a comment. A term is found in a sentence whatever prefix the Arabic
 * attaches to it (و، ب، ل، ك، ف and ال: بحلب, وموسكو, للقاهرة), but not inside another word
 * (مصري is not مصر).
 */
public final class Glossary {

    /**
     * @param arabic the term as the file writes it
     * @param english accepted renderings, the first being the preferred one
     * @param kind person, place or organisation (free text)
     */
    public record Entry(String arabic, List<String> english, String kind) {

        /** True when the English sentence has one of the renderings as whole words, any case. */
        public boolean renderedIn(String englishText) {
            return Glossary.renderedIn(patterns(english), englishText);
        }
    }

    private static List<Pattern> patterns(List<String> renderings) {
        return renderings.stream().map(e -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    private static boolean renderedIn(List<Pattern> patterns, String englishText) {
        for (Pattern p : patterns) {
            if (p.matcher(englishText).find()) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> PREFIXES = List.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل");

    /** Entries by the folded first word of their term. */
    private final Map<String, List<Folded>> byFirstWord = new HashMap<>();
    private final int size;

    /** An entry with its term folded into words and its renderings compiled once. */
    private record Folded(Entry entry, String[] words, List<Pattern> renderings) {
    }

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{M}]+");

    public Glossary(List<Entry> entries) {
        for (Entry e : entries) {
            String[] words = words(e.arabic());
            if (words.length == 0 || e.english().isEmpty()) {
                throw new IllegalArgumentException("glossary entry without a term or a rendering: " + e);
            }
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Folded(e, words, patterns(e.english())));
        }
        this.size = entries.size();
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /**
     * Reads a glossary file.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed line
     * @throws IOException when it cannot be read
     */
    public static Glossary load(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected 'arabic<TAB>english[|other]<TAB>kind', got '" + line + "'");
            }
            List<String> english = Arrays.stream(fields[1].split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            entries.add(new Entry(fields[0].strip(), english, fields.length > 2 ? fields[2].strip() : ""));
        }
        return new Glossary(entries);
    }

    public int size() {
        return size;
    }

    /** The entries whose Arabic term occurs in the sentence, each once, in order of occurrence. */
    public List<Entry> find(String arabic) {
        return occurring(arabic).stream().map(Folded::entry).toList();
    }

    /** The entries that occur in the Arabic but none of whose renderings is in the English. */
    public List<Entry> missing(String arabic, String english) {
        return occurring(arabic).stream().filter(f -> !renderedIn(f.renderings(), english)).map(Folded::entry).toList();
    }

    private List<Folded> occurring(String arabic) {
        String[] words = words(arabic);
        List<Folded> found = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            for (String form : forms(words[i])) {
                for (Folded f : byFirstWord.getOrDefault(form, List.of())) {
                    if (!found.contains(f) && rest(words, i, f.words())) {
                        found.add(f);
                    }
                }
            }
        }
        return found;
    }

    private static boolean rest(String[] words, int at, String[] term) {
        if (at + term.length > words.length) {
            return false;
        }
        for (int k = 1; k < term.length; k++) {
            if (!words[at + k].equals(term[k])) {
                return false;
            }
        }
        return true;
    }

    /** The word and what is left of it without each proclitic; لل also gives ال (للقاهرة → القاهرة). */
    private static List<String> forms(String word) {
        List<String> forms = new ArrayList<>(4);
        for (String p : PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= 2) {
                String rest = word.substring(p.length());
                forms.add(rest);
                if (rest.startsWith("ل") && p.endsWith("ل")) {
                    forms.add("ا" + rest); // ل + الـ is written لل
                }
            }
        }
        return forms;
    }

    private static String[] words(String text) {
        return NON_LETTERS.splitAsStream(ArabicNumbers.fold(text).toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
