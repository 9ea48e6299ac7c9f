package nashra.article;

/** What reading one input (a file, or one line of a .jsonl file) gave: an article, or the reason it was not one. */
public sealed interface ReadResult permits Article, Rejected {

    Origin origin();
}
