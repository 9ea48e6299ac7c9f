package nashra.job;

import java.util.Locale;
import nashra.translate.memory.RememberingTranslator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs, when step 1 (or a worker's partition of it) ends, how its sentences were translated:
 * how many came from the translation memory, how many were repeats within a chunk, and what the
 * engine did for the rest. A redo of a translated night shows 0 translated by the engine.
 */
final class TranslationReport implements StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationReport.class);

    private final RememberingTranslator translator;
    private RememberingTranslator.Counts before;

    TranslationReport(RememberingTranslator translator) {
        this.translator = translator;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        before = translator.counts();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        RememberingTranslator.Counts now = translator.counts();
        RememberingTranslator.Counts b = before == null ? new RememberingTranslator.Counts(0, 0, 0, 0, 0, 0) : before;
        long sentences = now.sentences() - b.sentences();
        long fromMemory = now.fromMemory() - b.fromMemory();
        long repeated = now.repeated() - b.repeated();
        long translated = now.translated() - b.translated();
        LOG.info(String.format(Locale.ROOT,
                "translation: %d sentences, %d from the translation memory (%.1f%%), %d repeated within a chunk,"
                        + " %d translated by the engine (%d generated tokens, %.1f s)",
                sentences, fromMemory, sentences == 0 ? 0.0 : 100.0 * fromMemory / sentences, repeated, translated,
                now.generatedTokens() - b.generatedTokens(), now.engineSeconds() - b.engineSeconds()));
        return null;
    }
}
