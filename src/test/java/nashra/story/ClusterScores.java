package nashra.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise and B-cubed precision, recall and F1 of a clustering against gold labels, summed over
 * several evenings (pairs are only ever judged within one evening).
 */
final class ClusterScores {

    private long tp;
    private long predictedPairs;
    private long goldPairs;
    private double bcubedP;
    private double bcubedR;
    private int articles;

    /** Adds one evening: the predicted clusters of article ids, and each id's gold label. */
    void add(List<List<String>> predicted, Map<String, String> gold) {
        Map<String, Integer> goldSizes = new HashMap<>();
        predicted.stream().flatMap(List::stream).forEach(id -> goldSizes.merge(gold.get(id), 1, Integer::sum));
        goldSizes.values().forEach(s -> goldPairs += (long) s * (s - 1) / 2);
        for (List<String> cluster : predicted) {
            Map<String, Integer> byLabel = new HashMap<>();
            cluster.forEach(id -> byLabel.merge(gold.get(id), 1, Integer::sum));
            predictedPairs += (long) cluster.size() * (cluster.size() - 1) / 2;
            byLabel.values().forEach(s -> tp += (long) s * (s - 1) / 2);
            for (String id : cluster) {
                int same = byLabel.get(gold.get(id));
                bcubedP += (double) same / cluster.size();
                bcubedR += (double) same / goldSizes.get(gold.get(id));
                articles++;
            }
        }
    }

    double precision() {
        return predictedPairs == 0 ? 1 : (double) tp / predictedPairs;
    }

    double recall() {
        return goldPairs == 0 ? 1 : (double) tp / goldPairs;
    }

    double f1() {
        return f(precision(), recall());
    }

    double bcubedF1() {
        return f(bcubedP / articles, bcubedR / articles);
    }

    String row() {
        return String.format("P %.3f R %.3f F1 %.3f | B3 P %.3f R %.3f F1 %.3f (%d of %d gold pairs found, %d predicted)",
                precision(), recall(), f1(), bcubedP / articles, bcubedR / articles, bcubedF1(), tp, goldPairs,
                predictedPairs);
    }

    private static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
