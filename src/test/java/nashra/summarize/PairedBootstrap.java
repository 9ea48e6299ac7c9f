package nashra.summarize;

import java.util.Arrays;
import java.util.Random;

/**
 * Paired bootstrap over documents: the mean of {@code a[i] - b[i]} and its 95% percentile interval
 * from resampling the documents with replacement. Both systems score the same documents, so their
 * per-document difference is what says whether a gap is more than noise. Evaluation only.
 */
final class PairedBootstrap {

    record Interval(double mean, double low, double high) {
        boolean excludesZero() {
            return low > 0 || high < 0;
        }
    }

    private PairedBootstrap() {}

    static Interval of(double[] a, double[] b, int resamples, long seed) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("paired scores of the same non-empty documents needed");
        }
        int n = a.length;
        double[] diff = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            diff[i] = a[i] - b[i];
            mean += diff[i];
        }
        mean /= n;
        Random random = new Random(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += diff[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        int lo = (int) Math.floor(0.025 * (resamples - 1));
        int hi = (int) Math.ceil(0.975 * (resamples - 1));
        return new Interval(mean, means[lo], means[hi]);
    }
}
