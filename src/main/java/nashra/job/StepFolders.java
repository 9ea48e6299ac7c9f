package nashra.job;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run folders of the step execution at hand, taken from its job parameters (the date, and
 * whether it is a redo) before the step opens its reader. On one machine that is always the run
 * the launcher started; a worker of a distributed run serves partitions of whatever date the
 * manager sends, so step 1's reader, writer and rejects report ask here rather than holding a
 * date of their own.
 */
final class StepFolders implements StepExecutionListener {

    private final Path output;
    private volatile RunFolders current;

    StepFolders(Path output) {
        this.output = output;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        var parameters = stepExecution.getJobParameters();
        current = new RunFolders(output, LocalDate.parse(parameters.getString("date")),
                parameters.getParameter("redo") != null);
    }

    RunFolders get() {
        RunFolders folders = current;
        if (folders == null) {
            throw new IllegalStateException("no step execution has started");
        }
        return folders;
    }
}
