/**
 * Extractive summaries: picks the key English sentences of an article and keeps each one beside the
 * Arabic it was translated from. Plain Java, no Spring.
 *
 * <p>{@link nashra.summarize.Summarizer} scores each sentence by centrality, mixing embedding
 * similarity ({@link nashra.summarize.SentenceEmbedder}: all-MiniLM-L6-v2 from the langchain4j
 * jar's resources, run by DJL on ONNX Runtime) with TF-IDF similarity ({@link
 * nashra.summarize.Idf}), adds a lead-position prior and a preference for longer sentences, and
 * selects with MMR and a hard near-duplicate cutoff. {@link nashra.summarize.Lead3} and {@link
 * nashra.summarize.LexRank} are the baselines; all three are {@link
 * nashra.summarize.SentencePicker}s scored with {@link nashra.summarize.Rouge} by {@link
 * nashra.summarize.SummaryEvaluation} on the BBC News Summary set beside the checkout:
 *
 * <pre>
 * mvn -q -B compile exec:java -Dexec.mainClass=nashra.summarize.SummaryEvaluation \
 *     -Dexec.args="--tune"
 * </pre>
 *
 * <p>What the dev-split tuning showed (k=3, ROUGE-2 F1 on the 1,447 test documents): Lead3 0.366,
 * LexRank tuned 0.509, summariser 0.556. Embedding centrality alone, with the same prior and length
 * preference, scores 0.497, below tuned LexRank; TF-IDF centrality alone 0.552. ROUGE-2 counts
 * shared word pairs, so the lexical half and the length preference carry most of the gain here; the
 * embeddings add 0.004 (paired 95% interval +/-0.004), and they are what sees paraphrase and
 * catches repeats across outlets.
 */
package nashra.summarize;
