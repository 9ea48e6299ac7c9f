package nashra.story;

/**
 * An outlet's report of a story.
 *
 * @param name outlet name
 * @param url link to its article, may be empty
 * @param articleId the member article
 */
public record StorySource(String name, String url, String articleId) {
}
