package nashra.summarize;

import java.util.List;

/**
 * The lead baseline: the first {@code k} non-blank sentences. Named after its usual k of 3; news is
 * written with the essentials first, which makes this hard to beat.
 */
public final class Lead3 implements SentencePicker {

    @Override
    public String name() {
        return "Lead3";
    }

    @Override
    public List<Sentence> pick(List<Sentence> article, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        return article.stream().filter(s -> !s.isBlank()).limit(k).toList();
    }
}
