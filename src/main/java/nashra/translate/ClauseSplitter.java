package nashra.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence that is too long for the model into clauses, so nothing is truncated. It
 * prefers the strongest boundary nearest the middle: a semicolon, then a comma, then a
 * conjunction that opens a clause (و، ثم، لكن ...), and only as a last resort a plain space.
 */
public final class ClauseSplitter {

    /** Boundaries from strongest to weakest; each match marks where the right part starts. */
    private static final List<Pattern> BOUNDARIES = List.of(
            Pattern.compile("[؛;]\\s*"),
            Pattern.compile("[،,:]\\s*"),
            Pattern.compile("\\s(?=(?:و|ثم |لكن |بينما |حيث |إذ |كما |فيما )\\S)"),
            Pattern.compile("\\s+"));

    private final ToIntFunction<String> tokenCount;
    private final int maxTokens;

    /**
     * @param tokenCount counts the model's tokens of a piece of text (special tokens included)
     * @param maxTokens the most tokens the model takes in one input
     */
    public ClauseSplitter(ToIntFunction<String> tokenCount, int maxTokens) {
        this.tokenCount = tokenCount;
        this.maxTokens = maxTokens;
    }

    /** The sentence itself when it fits, else consecutive parts that each fit and together hold every character. */
    public List<String> split(String sentence) {
        List<String> parts = new ArrayList<>();
        splitInto(sentence.strip(), parts);
        return parts;
    }

    private void splitInto(String text, List<String> out) {
        if (text.isEmpty()) {
            return;
        }
        if (tokenCount.applyAsInt(text) <= maxTokens) {
            out.add(text);
            return;
        }
        int cut = bestCut(text);
        if (cut <= 0 || cut >= text.length()) {
            // One unbroken run of characters longer than the model takes: cut it by characters.
            cut = text.length() / 2;
        }
        splitInto(text.substring(0, cut).strip(), out);
        splitInto(text.substring(cut).strip(), out);
    }

    /** Position of the strongest boundary closest to the middle, or -1. */
    private static int bestCut(String text) {
        int middle = text.length() / 2;
        for (Pattern boundary : BOUNDARIES) {
            int best = -1;
            Matcher m = boundary.matcher(text);
            while (m.find()) {
                int cut = m.end();
                if (cut > 0 && cut < text.length()
                        && (best < 0 || Math.abs(cut - middle) < Math.abs(best - middle))) {
                    best = cut;
                }
            }
            if (best > 0) {
                return best;
            }
        }
        return -1;
    }
}
