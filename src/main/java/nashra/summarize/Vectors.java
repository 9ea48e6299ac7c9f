package nashra.summarize;

/** Small vector helpers shared by the embedder and the summariser. */
final class Vectors {

    private Vectors() {}

    static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "dimension mismatch: " + a.length + " vs " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** Cosine similarity; 0 when either vector is zero rather than NaN. */
    static double cosine(float[] a, float[] b) {
        double na = norm(a);
        double nb = norm(b);
        if (na == 0 || nb == 0) {
            return 0;
        }
        return dot(a, b) / (na * nb);
    }

    /** Scales in place to unit length; a zero vector stays zero. */
    static float[] normalize(float[] a) {
        double n = norm(a);
        if (n > 0) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (a[i] / n);
            }
        }
        return a;
    }

    /** Pairwise cosine similarities. */
    static double[][] similarities(float[][] vectors) {
        int n = vectors.length;
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = Vectors.norm(vectors[i]) > 0 ? 1 : 0;
            for (int j = i + 1; j < n; j++) {
                double c = cosine(vectors[i], vectors[j]);
                sim[i][j] = c;
                sim[j][i] = c;
            }
        }
        return sim;
    }
}
