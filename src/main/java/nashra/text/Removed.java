package nashra.text;

/**
 * A line, or a piece of a line, that a filter took out, and why. Callers report these so a
 * person can check that no story sentence was lost.
 *
 * @param line the text removed, as it stood after normalisation
 * @param reason one of the constants below
 */
public record Removed(String line, String reason) {

    public static final String SHARE_BUTTONS = "share buttons";
    public static final String RELATED_LINKS = "related links";
    public static final String BREADCRUMB = "breadcrumb";
    public static final String SECTION_LABEL = "section label";
    public static final String SITE_LABEL = "site label";
    public static final String HASHTAGS = "hashtags";
    public static final String TAGS = "tags";
    public static final String SOURCE_CREDIT = "source credit";
    public static final String BYLINE = "byline";
    public static final String DATELINE = "dateline";
    public static final String URL = "url";
    public static final String FOOTER = "footer";
    public static final String COPYRIGHT = "copyright";
    public static final String NO_TEXT = "no text";
    public static final String CAPTION = "caption";
    public static final String DUPLICATE = "duplicate";
}
