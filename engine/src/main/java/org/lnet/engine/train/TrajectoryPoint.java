package org.lnet.engine.train;

import java.util.Locale;

/**
 * One recorded point of a training run; losses in the run's loss convention.
 *
 * @param t time (gradient flow) or eta * step (gradient descent), in the run's loss convention
 * @param step gradient-descent step, or -1 for gradient flow
 * @param loss L(t)
 * @param excessLoss L(t) - L*
 * @param theorem1Bound exp(-2 lambda_r(Sigma_x) c t) (L(0) - L*)
 * @param u2vNorm ||U2 V^T||_F, the part of Theta outside the row space of X
 * @param distanceToMinNorm ||U V^T - Theta_hat||_F
 * @param distanceToMinNormOp ||U V^T - Theta_hat||_2
 * @param imbalanceDrift ||Lambda(t) - Lambda(0)||_F
 * @param boundHolds whether L(t) - L* is within Theorem 1's bound, counting values at or below the rounding floor
 *                   {@link #RELATIVE_FLOOR} (L(0) - L*) as within it ({@link #boundHolds(double, double, double)})
 */
public record TrajectoryPoint(double t, long step, double loss, double excessLoss, double theorem1Bound,
                              double u2vNorm, double distanceToMinNorm, double distanceToMinNormOp,
                              double imbalanceDrift, boolean boundHolds) {

    /** The numeric column names, in record order, as written to trajectory tables and CSV files. */
    public static final String[] COLUMNS = {"t", "loss", "excessLoss", "theorem1Bound", "u2vNorm",
        "distanceToMinNorm", "imbalanceDrift"};

    /** The true/false column every trajectory table has after {@link #COLUMNS}. */
    public static final String BOUND_HOLDS = "boundHolds";

    /**
     * Below this fraction of L(0) - L* the measured excess loss is rounding and integration error, not the
     * dynamics: with the flow's default tolerances (rtol 1e-10, atol 1e-12) it stops falling between 1e-24 and
     * 1e-16 in absolute terms (measured on the examples), so relative to L(0) - L* of order 0.1 to 100 it stalls
     * far below 1e-12 of its start, while the bound keeps falling exponentially. Comparing there would report
     * rounding as a violation of Theorem 1.
     */
    public static final double RELATIVE_FLOOR = 1e-12;

    /**
     * Relative slack of the comparison with the bound: L - L* from the integrated state carries the integrator's
     * relative error (rtol 1e-10 per step by default), so 1e-9 of the bound is noise, not a violation.
     */
    public static final double BOUND_SLACK = 1e-9;

    /** What {@link #BOUND_HOLDS} means, for table descriptions and reports; one text for every host. */
    public static final String BOUND_HOLDS_RULE = String.format(Locale.ROOT, "boundHolds is true when L(t) - L* "
        + "<= theorem1Bound (1 + %.0e), or when L(t) - L* <= %.0e (L(0) - L*), the rounding floor below which the "
        + "measured excess loss is rounding and integration error. Theorem 1 is a statement about gradient flow: "
        + "under gradient descent with a large step the bound can fail", BOUND_SLACK, RELATIVE_FLOOR);

    /** Theorem 1's check at one point, with the rounding floor: see {@link #BOUND_HOLDS_RULE}. */
    public static boolean boundHolds(double excessLoss, double theorem1Bound, double initialExcessLoss) {
        return excessLoss <= theorem1Bound * (1 + BOUND_SLACK) || excessLoss <= floor(initialExcessLoss);
    }

    /** The rounding floor of a run that started at L(0) - L* = initialExcessLoss. */
    public static double floor(double initialExcessLoss) {
        return RELATIVE_FLOOR * initialExcessLoss;
    }

    /** The values of {@link #COLUMNS}, in that order. */
    public double[] values() {
        return new double[] {t, loss, excessLoss, theorem1Bound, u2vNorm, distanceToMinNorm, imbalanceDrift};
    }
}
