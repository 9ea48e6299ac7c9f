package nashra.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A 95% percentile interval for pairwise F1 by resampling gold incidents (with replacement):
 * the labelled articles are not independent, an incident's articles stand or fall together, so
 * the unit of resampling is the incident. A predicted pair between two incidents counts as false
 * whenever both are drawn (once per pair of copies).
 */
final class PairBootstrap {

    private final List<String> units = new ArrayList<>();
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final List<long[]> own = new ArrayList<>(); // per unit: true pairs found, gold pairs, predicted pairs inside
    private final Map<Long, Long> cross = new HashMap<>(); // predicted pairs between two units

    /**
     * Adds one evening.
     *
     * @param gold the level's label of each article (event or incident)
     * @param unit the incident of each article (the unit resampled)
     */
    void add(List<List<String>> predicted, Map<String, String> gold, Map<String, String> unit) {
        Map<String, Integer> predictedOf = new HashMap<>();
        for (int c = 0; c < predicted.size(); c++) {
            for (String id : predicted.get(c)) {
                predictedOf.put(id, c);
            }
        }
        List<String> ids = predicted.stream().flatMap(List::stream).toList();
        for (String id : ids) {
            unitIndex.computeIfAbsent(unit.get(id), u -> {
                units.add(u);
                own.add(new long[3]);
                return units.size() - 1;
            });
        }
        for (int x = 0; x < ids.size(); x++) {
            for (int y = x + 1; y < ids.size(); y++) {
                String a = ids.get(x);
                String b = ids.get(y);
                int ua = unitIndex.get(unit.get(a));
                int ub = unitIndex.get(unit.get(b));
                boolean sameGold = gold.get(a).equals(gold.get(b));
                boolean samePredicted = predictedOf.get(a).equals(predictedOf.get(b));
                if (ua == ub) {
                    long[] u = own.get(ua);
                    u[0] += sameGold && samePredicted ? 1 : 0;
                    u[1] += sameGold ? 1 : 0;
                    u[2] += samePredicted ? 1 : 0;
                } else if (samePredicted) {
                    cross.merge(key(ua, ub), 1L, Long::sum);
                }
            }
        }
    }

    /** {lower, upper} of the 95% interval of pairwise F1 over the given number of resamples. */
    double[] interval(int resamples, long seed) {
        Random random = new Random(seed);
        int n = units.size();
        double[] f1 = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            long[] count = new long[n];
            for (int k = 0; k < n; k++) {
                count[random.nextInt(n)]++;
            }
            double tp = 0;
            double goldPairs = 0;
            double predictedPairs = 0;
            for (int u = 0; u < n; u++) {
                tp += count[u] * own.get(u)[0];
                goldPairs += count[u] * own.get(u)[1];
                predictedPairs += count[u] * own.get(u)[2];
            }
            for (Map.Entry<Long, Long> e : cross.entrySet()) {
                int a = (int) (e.getKey() >>> 32);
                int b = (int) (long) e.getKey();
                predictedPairs += (double) count[a] * count[b] * e.getValue();
            }
            double p = predictedPairs == 0 ? 1 : tp / predictedPairs;
            double rec = goldPairs == 0 ? 1 : tp / goldPairs;
            f1[r] = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        }
        Arrays.sort(f1);
        return new double[] {f1[(int) (0.025 * resamples)], f1[(int) (0.975 * resamples) - 1]};
    }

    private static long key(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xFFFFFFFFL);
    }
}
