/**
 * Extractive summaries: picks the key English sentences of an article and keeps each one beside
 * the Arabic it was translated from.
 *
 * <p>{@link nashra.summarize.Summarizer} scores sentences by how central their meaning is
 * ({@link nashra.summarize.SentenceEmbedder}, all-MiniLM-L6-v2 through DJL on ONNX Runtime) and
 * how early they come, then drops near-repeats. {@link nashra.summarize.Lead3} and {@link
 * nashra.summarize.LexRank} are the baselines it is measured against with {@link
 * nashra.summarize.Rouge} by {@link nashra.summarize.SummaryEvaluation}. Plain Java, no Spring.
 */
package nashra.summarize;
