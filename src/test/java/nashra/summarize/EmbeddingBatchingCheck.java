package nashra.summarize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What embedding one sentence a run (issue 13) does to the summaries: the shipped summariser on
 * BBC test documents, once with vectors embedded as step 1 did before (each article's sentences in
 * batches of 32, whose int8 scales the batch shares) and once one sentence a run, as now. Prints how
 * many summaries differ and the ROUGE-2 F1 of each (75 words, whole sentences, as the briefing
 * cards) with the paired 95% bootstrap interval of the difference. Every {@code --every}th test
 * document is used (default 3: 483 documents).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) nashra.summarize.EmbeddingBatchingCheck \
 *     [--data ../shared/eval/summaries-en] [--every 3]
 * </pre>
 */
public final class EmbeddingBatchingCheck {

    private EmbeddingBatchingCheck() {
    }

    public static void main(String[] args) {
        Path data = Path.of("../shared/eval/summaries-en");
        int every = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--every" -> every = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<BbcSummaries.Document> test = BbcSummaries.read(data).stream().filter(d -> !d.isDev()).toList();
        List<BbcSummaries.Document> docs = new ArrayList<>();
        for (int i = 0; i < test.size(); i += every) {
            docs.add(test.get(i));
        }
        double[] before = new double[docs.size()];
        double[] after = new double[docs.size()];
        int differ = 0;
        double wordsBefore = 0;
        double wordsAfter = 0;
        try (SentenceEmbedder batched = SentenceEmbedder.load(new SentenceEmbedder.Options(32, 256, 2));
                SentenceEmbedder single = SentenceEmbedder.load()) {
            Summarizer summarizer = new Summarizer(single);
            for (int i = 0; i < docs.size(); i++) {
                BbcSummaries.Document d = docs.get(i);
                List<Sentence> article = d.asArticle();
                List<String> english = article.stream().map(Sentence::english).toList();
                List<Sentence> a = summarizer.pick(article, batched.embed(english), summarizer.options().k());
                List<Sentence> b = summarizer.pick(article, single.embed(english), summarizer.options().k());
                if (!a.stream().map(Sentence::index).toList().equals(b.stream().map(Sentence::index).toList())) {
                    differ++;
                }
                List<String> reference = Tokens.of(d.reference(), true);
                before[i] = Rouge.ngrams(tokens(a), reference, 2).f1();
                after[i] = Rouge.ngrams(tokens(b), reference, 2).f1();
                wordsBefore += a.stream().mapToInt(s -> Words.count(s.english())).sum();
                wordsAfter += b.stream().mapToInt(s -> Words.count(s.english())).sum();
            }
        }
        PairedBootstrap.Interval diff = PairedBootstrap.of(after, before, 10_000, 13);
        System.out.printf(Locale.ROOT, "%d BBC test documents (one in %d), 75 words, whole sentences%n", docs.size(),
                every);
        System.out.printf(Locale.ROOT, "summaries that differ: %d (%.1f%%)%n", differ, 100.0 * differ / docs.size());
        System.out.printf(Locale.ROOT, "ROUGE-2 F1: per-article batches %.4f (%.1f words), one sentence a run %.4f"
                + " (%.1f words); difference %+.4f [%+.4f, %+.4f]%n", SummaryEvaluation.Scores.mean(before), wordsBefore / docs.size(),
                SummaryEvaluation.Scores.mean(after), wordsAfter / docs.size(), diff.mean(), diff.low(), diff.high());
    }

    private static List<String> tokens(List<Sentence> summary) {
        List<String> out = new ArrayList<>();
        summary.forEach(s -> out.addAll(Tokens.of(s.english(), true)));
        return out;
    }
}
