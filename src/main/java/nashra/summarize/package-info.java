/**
 * Extractive summaries: picks the key English sentences of an article within a word budget and
 * keeps each one beside the Arabic it was translated from. Plain Java, no Spring.
 *
 * <p>{@link nashra.summarize.Summarizer} scores each sentence by centrality, mixing embedding
 * similarity ({@link nashra.summarize.SentenceEmbedder}: all-MiniLM-L6-v2 from the langchain4j
 * jar's resources, run by DJL on ONNX Runtime) with TF-IDF similarity (of the Arabic source words
 * when there are any, {@link nashra.summarize.SourceWords}, else of stemmed English, {@link
 * nashra.summarize.Idf}), adds a lead-position prior, a length term and an attribution term, and
 * selects with MMR, a hard near-duplicate cutoff and a budget in English words ({@link
 * nashra.summarize.Words}): whole sentences only, a sentence that does not fit skipped for one that
 * does.
 *
 * <p>The baselines (LEAD, LexRank, TextRank), a greedy ROUGE oracle, ROUGE itself and the
 * evaluation on the BBC News Summary set live in the test tree ({@code SummaryEvaluation}): the
 * briefing does not run them. See the README, "Summaries", for the command and the figures.
 */
package nashra.summarize;
