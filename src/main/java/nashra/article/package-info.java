/**
 * Articles and their readers. {@link nashra.article.ArticleSource} reads a folder of .txt,
 * .html and .jsonl files, in any of UTF-8, UTF-16 with a byte-order mark or Windows-1256, into
 * {@link nashra.article.ReadResult}s: every input ends as an {@link nashra.article.Article} or a
 * {@link nashra.article.Rejected} with its reason. Plain Java, no Spring.
 */
package nashra.article;
