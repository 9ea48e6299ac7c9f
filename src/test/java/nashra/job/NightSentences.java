package nashra.job;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import nashra.article.Article;
import nashra.article.ArticleSource;
import nashra.article.ReadLimits;
import nashra.article.ReadResult;
import nashra.outlet.OutletRegistry;
import nashra.text.ArabicNormalizer;
import nashra.text.CleanText;
import nashra.text.TextPipeline;
import nashra.translate.check.Scripts;

/**
 * Benchmark helper (src/test/bench/night-benchmark.sh): prints the sentences step 1 gives the
 * translator for a night, one a line (each article's title, then its cleaned sentences; lines
 * without Arabic letters left out, as they never reach the model), so that the engine benchmark
 * can run on exactly the job's sentences.
 *
 * <pre>java -cp … nashra.job.NightSentences INPUT_DIR &gt; sentences.txt</pre>
 */
public final class NightSentences {

    public static void main(String[] args) {
        TextPipeline pipeline = new TextPipeline();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        ArticleSource source = new ArticleSource(ReadLimits.DEFAULT, pipeline, OutletRegistry.load(OutletRegistry.DEFAULT_FILE));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Stream<ReadResult> read = source.stream(Path.of(args[0]))) {
            read.filter(r -> r instanceof Article).map(r -> (Article) r).forEach(a -> {
                CleanText clean = pipeline.clean(a.body());
                if (clean.sentences().isEmpty()) {
                    return;
                }
                String title = a.title() == null ? "" : normalizer.normalizeLine(a.title()).strip();
                if (Scripts.hasArabicLetters(title)) {
                    out.println(title.replace('\n', ' '));
                }
                clean.sentences().stream().map(s -> s.text()).filter(Scripts::hasArabicLetters)
                        .forEach(s -> out.println(s.replace('\n', ' ')));
            });
        }
        out.flush();
    }

    private NightSentences() {
    }
}
