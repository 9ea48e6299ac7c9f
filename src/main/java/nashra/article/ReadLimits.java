package nashra.article;

/**
 * Size limits, so one huge or runaway input cannot stall the run.
 *
 * @param maxArticleBytes the most bytes a .txt or .html file, or one .jsonl line, may have
 * @param maxFileBytes the most bytes a .jsonl file may have (it is read whole to detect its encoding)
 */
public record ReadLimits(long maxArticleBytes, long maxFileBytes) {

    /** 2 MiB an article (a long feature is about 100 KiB of HTML), 256 MiB a .jsonl file. */
    public static final ReadLimits DEFAULT = new ReadLimits(2L << 20, 256L << 20);

    public ReadLimits {
        if (maxArticleBytes <= 0 || maxFileBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
