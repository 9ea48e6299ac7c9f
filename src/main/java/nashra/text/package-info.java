/**
 * Arabic text cleaning as a row of small filters, composed in {@link nashra.text.TextPipeline}:
 * {@link nashra.text.ArabicNormalizer} (characters and spaces), {@link nashra.text.BoilerplateFilter}
 * (page furniture out, each removal with its reason) and {@link nashra.text.SentenceSplitter}
 * (sentences with offsets into the cleaned text). Plain Java, no Spring.
 *
 * <p>To review the filter on real pages, {@code nashra.text.BoilerplateReport} (test sources)
 * prints what it removes from a folder of raw articles, by reason.
 */
package nashra.text;
