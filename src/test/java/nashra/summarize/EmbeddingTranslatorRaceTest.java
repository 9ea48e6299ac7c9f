package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The embedder's parallel workers are predictors of one model sharing one translator, and DJL
 * prepares the translator again for each predictor on its first call. A night's run once failed
 * with ONNX Runtime's "Input mismatch, looking for: [input_ids, attention_mask, token_type_ids]"
 * when one worker's preparation emptied the translator's list of model inputs while another was
 * building its inputs. Here one predictor runs without pause while others are made and prepared.
 */
class EmbeddingTranslatorRaceTest {

    @Test
    void aPredictorPreparedWhileAnotherRunsNeverDropsAnInput() throws Exception {
        HuggingFaceTokenizer tokenizer = SentenceEmbedder.loadTokenizer(64);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (tokenizer;
                ZooModel<String[], float[][]> model =
                        SentenceEmbedder.loadModel(tokenizer, 1, MessageDigest.getInstance("SHA-256"));
                Predictor<String[], float[][]> running = model.newPredictor()) {
            float[] expected = running.predict(new String[] {"The minister arrived in the capital."})[0];
            Future<?> preparing = other.submit(() -> {
                for (int k = 0; k < 400; k++) {
                    try (Predictor<String[], float[][]> fresh = model.newPredictor()) {
                        fresh.predict(new String[] {"x"});
                    }
                }
                return null;
            });
            int runs = 0;
            while (!preparing.isDone()) {
                float[] v = running.predict(new String[] {"The minister arrived in the capital."})[0];
                assertEquals(expected[0], v[0], 1e-6f);
                runs++;
            }
            preparing.get();
            assertTrue(runs > 0, "the running predictor ran while the others were prepared");
        } finally {
            other.shutdownNow();
        }
    }
}
