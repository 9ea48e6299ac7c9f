package nashra.translate.marian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nashra.translate.Translation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KV cache changes nothing: decoding with the cache (merged decoder, and the split pair) gives
 * the tokens of decoding without it, where the no-past decoder reruns the whole prefix every step.
 */
class CacheTest {

    @Test
    void cachedDecodingEqualsRecomputingThePrefix() throws Exception {
        List<String> sentences = TinyModel.sentences().subList(0, 12);
        try (MarianTranslator translator = MarianTranslator.load(TinyModel.DIR, TinyModel.options().withBeams(1))) {
            GenerationSettings settings = translator.settings();
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession encoder = env.createSession(TinyModel.DIR.resolve("onnx/encoder_model.onnx").toString());
                 OrtSession decoder = env.createSession(TinyModel.DIR.resolve("onnx/decoder_model.onnx").toString())) {
                for (String sentence : sentences) {
                    long[] ids = translator.sourceIds(sentence);
                    int[] cached = translator.generateBatch(List.of(ids))[0].sequence();
                    int[] uncached = uncachedGreedy(env, encoder, decoder, ids, settings);
                    assertArrayEquals(uncached, cached, sentence);
                }
            }
        }
    }

    @Test
    void splitDecoderPairEqualsMergedDecoder(@TempDir Path tmp) throws Exception {
        Path split = TinyModel.copyTo(tmp.resolve("split"));
        Files.delete(split.resolve("onnx/decoder_model_merged.onnx"));
        List<String> sentences = TinyModel.sentences();
        for (int beams : new int[] {1, 4}) {
            try (MarianTranslator merged = MarianTranslator.load(TinyModel.DIR, TinyModel.options().withBeams(beams));
                 MarianTranslator pair = MarianTranslator.load(split, TinyModel.options().withBeams(beams))) {
                assertEquals(true, pair.files().decoderMerged().isEmpty());
                assertEquals(texts(merged.translate(sentences)), texts(pair.translate(sentences)));
            }
        }
    }

    private static List<String> texts(List<Translation> translations) {
        return translations.stream().map(Translation::text).toList();
    }

    /** Greedy search without any cache, written as plainly as possible. */
    private static int[] uncachedGreedy(OrtEnvironment env, OrtSession encoder, OrtSession decoder, long[] ids,
            GenerationSettings settings) throws Exception {
        long[][] input = {ids};
        long[][] mask = {new long[ids.length]};
        java.util.Arrays.fill(mask[0], 1);
        List<Integer> sequence = new ArrayList<>(List.of(settings.decoderStartTokenId()));
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, input);
             OnnxTensor attention = OnnxTensor.createTensor(env, mask);
             OrtSession.Result encoded = encoder.run(Map.of("input_ids", inputIds, "attention_mask", attention))) {
            OnnxTensor hidden = (OnnxTensor) encoded.get("last_hidden_state").orElseThrow();
            while (sequence.size() < settings.maxLength()) {
                long[][] prefix = {sequence.stream().mapToLong(Integer::longValue).toArray()};
                try (OnnxTensor prefixIds = OnnxTensor.createTensor(env, prefix);
                     OrtSession.Result out = decoder.run(Map.of("input_ids", prefixIds,
                             "encoder_attention_mask", attention, "encoder_hidden_states", hidden))) {
                    FloatBuffer logits = ((OnnxTensor) out.get("logits").orElseThrow()).getFloatBuffer();
                    int vocab = (int) ((OnnxTensor) out.get("logits").get()).getInfo().getShape()[2];
                    int offset = (sequence.size() - 1) * vocab;
                    int best = -1;
                    for (int v = 0; v < vocab; v++) {
                        if (v != settings.padTokenId() && (best < 0 || logits.get(offset + v) > logits.get(offset + best))) {
                            best = v;
                        }
                    }
                    if (settings.forcedEosTokenId() >= 0 && sequence.size() == settings.maxLength() - 1) {
                        best = settings.forcedEosTokenId();
                    }
                    sequence.add(best);
                    if (best == settings.eosTokenId()) {
                        break;
                    }
                }
            }
        }
        return sequence.stream().mapToInt(Integer::intValue).toArray();
    }
}
