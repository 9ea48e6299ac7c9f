package nashra.translate.marian;

import java.util.ArrayList;
import java.util.List;

/**
 * The finished hypotheses of one sentence, as Hugging Face's {@code BeamHypotheses}: at most
 * {@code beams} of them, each scored by its log-probability divided by its generated length to
 * the power of the length penalty.
 */
final class BeamHypotheses {

    /**
     * @param score the length-penalised score hypotheses are ranked by
     * @param tokens the sequence without the eos that ends it
     * @param sumLogProbs the sum of the tokens' log-probabilities, eos included
     */
    record Hypothesis(double score, int[] tokens, double sumLogProbs) {
    }

    private final int beams;
    private final double lengthPenalty;
    private final List<Hypothesis> kept = new ArrayList<>();
    private double worstScore = 1e9;

    BeamHypotheses(int beams, double lengthPenalty) {
        this.beams = beams;
        this.lengthPenalty = lengthPenalty;
    }

    /**
     * @param tokens the sequence without the eos that ends it
     * @param sumLogProbs the beam score (sum of log-probabilities, eos included)
     * @param generatedLength tokens generated, the decoder start excluded and the eos included
     */
    void add(int[] tokens, double sumLogProbs, int generatedLength) {
        double score = sumLogProbs / Math.pow(generatedLength, lengthPenalty);
        if (kept.size() < beams || score > worstScore) {
            kept.add(new Hypothesis(score, tokens, sumLogProbs));
            if (kept.size() > beams) {
                // Drop the worst (the earliest added among equals, like Python's sort of (score, index)).
                int worst = 0;
                for (int i = 1; i < kept.size(); i++) {
                    if (kept.get(i).score() < kept.get(worst).score()) {
                        worst = i;
                    }
                }
                kept.remove(worst);
                worstScore = kept.stream().mapToDouble(Hypothesis::score).min().orElse(1e9);
            } else {
                worstScore = Math.min(score, worstScore);
            }
        }
    }

    /**
     * Hugging Face's default stopping rule ({@code early_stopping=False}): done once the best
     * running beam, at the current length, could no longer beat the worst kept hypothesis.
     *
     * @param bestRunning the highest candidate score of this step
     * @param length the current length, decoder start included, before this step's token
     */
    boolean isDone(double bestRunning, int length) {
        if (kept.size() < beams) {
            return false;
        }
        return worstScore >= bestRunning / Math.pow(length, lengthPenalty);
    }

    /** The best hypothesis; among equal scores the later one, as Hugging Face's sort-and-pop does. */
    Hypothesis best() {
        Hypothesis best = null;
        for (Hypothesis h : kept) {
            if (best == null || h.score() >= best.score()) {
                best = h;
            }
        }
        return best == null ? new Hypothesis(0, new int[0], 0) : best;
    }

    /** Every kept hypothesis, best first (the best as {@link #best()} picks it). */
    List<Hypothesis> ranked() {
        List<Hypothesis> ranked = new ArrayList<>(kept);
        java.util.Collections.reverse(ranked); // later first among equals, as best() does
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked;
    }
}
