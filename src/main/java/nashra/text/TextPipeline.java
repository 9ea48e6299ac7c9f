package nashra.text;

import java.util.Arrays;
import java.util.List;

/**
 * The text chain, composed in this one place: normalise, drop boilerplate, split sentences.
 * Each step is a small filter that can be used and tested alone.
 */
public final class TextPipeline {

    private final ArabicNormalizer normalizer;
    private final BoilerplateFilter boilerplate;
    private final SentenceSplitter splitter;

    public TextPipeline() {
        this(new ArabicNormalizer(), new BoilerplateFilter(), new SentenceSplitter());
    }

    public TextPipeline(ArabicNormalizer normalizer, BoilerplateFilter boilerplate, SentenceSplitter splitter) {
        this.normalizer = normalizer;
        this.boilerplate = boilerplate;
        this.splitter = splitter;
    }

    /** Cleans raw page text in which line breaks separate paragraphs. */
    public CleanText clean(String raw) {
        String normal = normalizer.normalize(raw);
        return cleanLines(Arrays.asList(normal.split("\n")));
    }

    /** Cleans an article body given as paragraphs (each may still hold line breaks). */
    public CleanText clean(List<String> paragraphs) {
        return clean(String.join("\n", paragraphs));
    }

    private CleanText cleanLines(List<String> lines) {
        Filtered filtered = boilerplate.filter(lines);
        String text = String.join("\n", filtered.kept());
        return new CleanText(text, filtered.kept(), splitter.split(text), filtered.removed());
    }
}
