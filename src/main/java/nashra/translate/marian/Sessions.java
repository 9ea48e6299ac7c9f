package nashra.translate.marian;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nashra.translate.ModelException;

/** Opening ONNX Runtime sessions with the engine's options and errors that say what to do. */
final class Sessions {

    private Sessions() {
    }

    /**
     * The process-wide ONNX Runtime environment. DJL's ONNX Runtime engine, which the summariser
     * uses, creates it with threading options and fails if it already exists, so DJL is asked to
     * create it first whenever DJL's engine is present; both then share one environment.
     */
    static synchronized OrtEnvironment environment() {
        try {
            ai.djl.engine.Engine.getEngine("OnnxRuntime");
        } catch (RuntimeException | LinkageError e) {
            // DJL's ONNX Runtime engine is not available: the plain environment is all we need.
        }
        return OrtEnvironment.getEnvironment();
    }

    static OrtSession open(OrtEnvironment env, Path file, int threads) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            // Weights outside the arena: the arena rounds its blocks up, which cost ~100 MB of
            // resident memory on opus-mt-sized models, for no speed gain.
            options.addConfigEntry("session.use_device_allocator_for_initializers", "1");
            // Every decoding step has new shapes (the cache grows), so a memory plan made for one
            // step is never reused; planning only holds memory.
            options.setMemoryPatternOptimization(false);
            return env.createSession(file.toString(), options);
        } catch (OrtException e) {
            throw new ModelException("ONNX Runtime cannot load " + file + " (" + firstLine(e.getMessage()) + ")."
                    + " The file is damaged or not an ONNX model: pull or copy the model again.", e);
        }
    }

    /** Stops with a clear message when a graph lacks inputs or outputs the engine relies on. */
    static void expect(OrtSession session, Path file, List<String> inputs, List<String> outputs) {
        Set<String> in = session.getInputNames();
        Set<String> out = session.getOutputNames();
        List<String> missing = new ArrayList<>();
        inputs.stream().filter(n -> !in.contains(n)).forEach(n -> missing.add("input " + n));
        outputs.stream().filter(n -> !out.contains(n)).forEach(n -> missing.add("output " + n));
        if (!missing.isEmpty()) {
            throw new ModelException(file + " is not a Marian graph in the Optimum layout: it lacks "
                    + String.join(", ", missing.subList(0, Math.min(4, missing.size())))
                    + (missing.size() > 4 ? " and " + (missing.size() - 4) + " more" : "")
                    + ". Check that config.json belongs to these ONNX files, or export the model again.");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
