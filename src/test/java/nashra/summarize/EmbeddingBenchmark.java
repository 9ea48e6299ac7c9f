package nashra.summarize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nashra.digest.ArticleDigest;
import nashra.digest.JsonFormat;
import nashra.digest.SentencePair;

/**
 * How the summariser's sentence embeddings should be batched, measured on a night's digests:
 * alternating round by round, the English sentences of every article are embedded (1) as step 1
 * did before issue 13, each article's sentences in batches of 32 padded to the longest, one session
 * with {@code threads} intra-op threads; (2) one sentence a run, the same session; (3) one sentence
 * a run, {@code threads} single-threaded runs in parallel, as step 1 does now; (4) the whole night
 * sorted by length in batches of 32, the most that batching across articles could give. Prints
 * milliseconds a sentence and each against (1), measured in the same round.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) nashra.summarize.EmbeddingBenchmark \
 *     [--rounds 3] [--threads 2] DIGESTS_FOLDER
 * </pre>
 */
public final class EmbeddingBenchmark {

    private EmbeddingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 3;
        int threads = 2;
        Path folder = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> folder = Path.of(args[i]);
            }
        }
        if (folder == null) {
            System.err.println("usage: EmbeddingBenchmark [--rounds N] [--threads N] DIGESTS_FOLDER");
            System.exit(2);
        }
        List<List<String>> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                ArticleDigest d = JsonFormat.read(Files.readString(f), ArticleDigest.class);
                List<String> english = d.sentences().stream().map(SentencePair::en).filter(s -> !s.isBlank()).toList();
                if (english.size() > 1) {
                    // The summariser embeds nothing for an article of one sentence.
                    articles.add(english);
                }
            }
        }
        List<String> all = articles.stream().flatMap(List::stream).toList();
        int n = all.size();
        System.out.printf("%d articles, %d sentences, %.1f English words a sentence, %d threads%n", articles.size(), n,
                all.stream().mapToInt(Words::count).average().orElse(0), threads);
        try (SentenceEmbedder batched = SentenceEmbedder.load(new SentenceEmbedder.Options(32, 256, threads));
                SentenceEmbedder parallel = SentenceEmbedder.load(new SentenceEmbedder.Options(1, 256, threads))) {
            // One sentence a run with intra-op threads: what the batched session does with batches of 1.
            SentenceEmbedder intraOp = batched;
            batched.embed(all.subList(0, Math.min(64, n)));
            parallel.embed(all.subList(0, Math.min(64, n)));
            for (int r = 1; r <= rounds; r++) {
                long t = System.nanoTime();
                for (List<String> article : articles) {
                    batched.embed(article);
                }
                double perArticle = (System.nanoTime() - t) / 1e6 / n;
                t = System.nanoTime();
                for (String s : all) {
                    intraOp.embed(List.of(s));
                }
                double oneByOne = (System.nanoTime() - t) / 1e6 / n;
                // The model is timed, not its memory of sentences already seen (repeats within the
                // round are served from it, as in the job).
                parallel.forget();
                t = System.nanoTime();
                for (List<String> article : articles) {
                    parallel.embed(article);
                }
                double inParallel = (System.nanoTime() - t) / 1e6 / n;
                t = System.nanoTime();
                batched.embed(all);
                double night = (System.nanoTime() - t) / 1e6 / n;
                System.out.printf("round %d: per article, batches of 32: %.1f ms a sentence | one a run, %d intra-op"
                        + " threads: %.1f (%.2fx) | one a run, %d single-threaded in parallel: %.1f (%.2fx) |"
                        + " whole night sorted, batches of 32: %.1f (%.2fx)%n", r, perArticle, threads, oneByOne,
                        perArticle / oneByOne, threads, inParallel, perArticle / inParallel, night, perArticle / night);
            }
        }
    }
}
