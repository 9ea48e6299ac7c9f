package nashra.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline the grouper is measured against: the title and the first sentences of each
 * article as an IDF-weighted term vector (terms as {@link MatchText} folds them, IDF over the
 * evening), cosine over all pairs, and single-link clustering at a threshold tuned on the dev
 * evening. Quadratic, which is fine for one labelled evening.
 */
final class TfIdfBaseline {

    private final double threshold;
    private final int leadSentences;

    TfIdfBaseline(double threshold, int leadSentences) {
        this.threshold = threshold;
        this.leadSentences = leadSentences;
    }

    List<List<StoryArticle>> group(List<StoryArticle> articles) {
        int n = articles.size();
        List<Map<String, Integer>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (StoryArticle a : articles) {
            StringBuilder text = new StringBuilder(a.titleAr() == null ? "" : a.titleAr());
            for (int s = 0; s < Math.min(leadSentences, a.sentencesAr().size()); s++) {
                text.append(' ').append(a.sentencesAr().get(s));
            }
            Map<String, Integer> counts = new HashMap<>();
            MatchText.tokens(text.toString()).forEach(t -> counts.merge(t, 1, Integer::sum));
            tf.add(counts);
            counts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> counts : tf) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                double w = e.getValue() * Math.log((double) n / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            v.replaceAll((t, w) -> length == 0 ? 0 : w / length);
            vectors.add(v);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dot = 0;
                for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                    dot += e.getValue() * vectors.get(j).getOrDefault(e.getKey(), 0.0);
                }
                if (dot >= threshold) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<StoryArticle>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i));
        }
        return List.copyOf(byRoot.values());
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
