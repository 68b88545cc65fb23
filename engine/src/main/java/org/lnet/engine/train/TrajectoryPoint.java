package org.lnet.engine.train;

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
 */
public record TrajectoryPoint(double t, long step, double loss, double excessLoss, double theorem1Bound,
                              double u2vNorm, double distanceToMinNorm, double distanceToMinNormOp,
                              double imbalanceDrift) {

    /** Column names, in record order, as written to trajectory tables and CSV files. */
    public static final String[] COLUMNS = {"t", "loss", "excessLoss", "theorem1Bound", "u2vNorm",
        "distanceToMinNorm", "imbalanceDrift"};

    /** The values of {@link #COLUMNS}, in that order. */
    public double[] values() {
        return new double[] {t, loss, excessLoss, theorem1Bound, u2vNorm, distanceToMinNorm, imbalanceDrift};
    }
}
