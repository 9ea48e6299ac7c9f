package nashra.story;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nashra.summarize.SentenceEmbedder;

/**
 * English vectors for the labelled articles from translations made by readers (a folder of
 * {@code *.en.tsv}: id, English title, English first sentence; kept outside the repository, as
 * they carry the corpus's text). The job embeds its own translations, the model's; these stand
 * in for a translation model as good as a careful reader, to measure what the English term of
 * the grouping can do at best, since the real model cannot be fetched here. Each article's
 * vector is the mean of its title's and its first sentence's embeddings (the job's is the mean
 * of the title and the key sentences).
 */
final class ReaderTranslations {

    private ReaderTranslations() {
    }

    static Map<String, float[]> vectors(Path folder) throws IOException {
        List<String> ids = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".en.tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] row = line.split("\t", -1);
                    if (row.length < 3 || row[0].equals("id")) {
                        continue;
                    }
                    List<String> own = new ArrayList<>();
                    for (int k = 1; k < 3; k++) {
                        if (!row[k].isBlank()) {
                            own.add(row[k].strip());
                        }
                    }
                    ids.add(row[0]);
                    texts.add(own);
                }
            }
        }
        Map<String, float[]> out = new HashMap<>();
        try (SentenceEmbedder embedder = SentenceEmbedder.load()) {
            List<String> all = texts.stream().flatMap(List::stream).toList();
            float[][] embedded = embedder.embed(all);
            int next = 0;
            for (int i = 0; i < ids.size(); i++) {
                int count = texts.get(i).size();
                if (count == 0) {
                    continue;
                }
                float[] mean = new float[SentenceEmbedder.DIMENSION];
                for (int k = 0; k < count; k++) {
                    float[] v = embedded[next++];
                    for (int x = 0; x < mean.length; x++) {
                        mean[x] += v[x] / count;
                    }
                }
                out.put(ids.get(i), mean);
            }
        }
        return out;
    }

    /** The articles with their reader-translation vectors (unchanged where there is none). */
    static List<StoryArticle> with(List<StoryArticle> articles, Map<String, float[]> vectors) {
        return articles.stream().map(a -> new StoryArticle(a.id(), a.titleAr(), a.sentencesAr(), a.published(),
                a.source(), vectors.get(a.id()))).toList();
    }
}
