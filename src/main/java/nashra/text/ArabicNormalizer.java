package nashra.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * First filter of the chain: makes scraped Arabic text uniform without changing what it says.
 *
 * <ul>
 *   <li>NFKC, so presentation forms (ﻻ, ﺍﻟﺴﻼﻡ) become the base letters the model and the other
 *       filters know. NFKC leaves Arabic-Indic digits (٠-٩) and Arabic punctuation (، ؛ ؟ ٪ ٫)
 *       alone; it does turn "…" into "...", which the sentence splitter expects.</li>
 *   <li>Tatweel (ـ) inside a word is only stretching and goes; a tatweel standing alone between
 *       spaces is used as a dash ("الرياضي ـ جدة", "ـ أيده الله ـ") and becomes "-".</li>
 *   <li>Invisible characters go: zero-width and bidi controls, BOM, Arabic letter mark, soft
 *       hyphen, word joiner, and stray C0/C1 controls. They break matching and tokenisation.</li>
 *   <li>Every kind of space (no-break, thin, ideographic, tab) becomes one ASCII space.</li>
 * </ul>
 *
 * Diacritics (harakat) and hamza forms are kept: folding them loses meaning the translation
 * model can use, and whoever needs folded text for matching can fold a copy.
 */
public final class ArabicNormalizer {

    private static final char TATWEEL = '\u0640';
    private static final Pattern LONE_TATWEEL = Pattern.compile("(?<=^|[ \\t\\u00A0])\\u0640+(?=[ \\t\\u00A0]|$)",
            Pattern.MULTILINE);
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\u061C\\u00AD\\u2060"
                    + "\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u0084\\u0086-\\u009F]");
    /** Line separators of every platform and of Unicode. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u2028\\u2029\\u0085\\u000B\\u000C]");
    /** Horizontal white space of any kind (Zs covers no-break, thin, figure, ideographic spaces). */
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");

    /**
     * Normalised text that keeps its lines: each line trimmed with single spaces, runs of blank
     * lines cut to one (a paragraph gap), no blank lines at either end.
     */
    public String normalize(String text) {
        String flat = LINE_BREAK.matcher(characters(text)).replaceAll("\n");
        List<String> lines = new ArrayList<>();
        boolean gap = false;
        for (String line : flat.split("\n", -1)) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            if (clean.isEmpty()) {
                gap = !lines.isEmpty();
            } else {
                if (gap) {
                    lines.add("");
                }
                lines.add(clean);
                gap = false;
            }
        }
        return String.join("\n", lines);
    }

    /** Normalised text on one line: line breaks count as spaces (for titles and single fields). */
    public String normalizeLine(String text) {
        String flat = LINE_BREAK.matcher(characters(text)).replaceAll(" ").replace('\n', ' ');
        return SPACES.matcher(flat).replaceAll(" ").strip();
    }

    /** The character-level steps, shared by both forms. */
    private static String characters(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String visible = INVISIBLE.matcher(nfkc).replaceAll("");
        if (visible.indexOf(TATWEEL) < 0) {
            return visible;
        }
        String dashed = LONE_TATWEEL.matcher(visible).replaceAll("-");
        return dashed.replace(String.valueOf(TATWEEL), "");
    }
}
