package org.lnet.engine.train;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.lnet.engine.analysis.Bounds;
import org.lnet.engine.analysis.Imbalance;
import org.lnet.engine.analysis.MinNormDistance;
import org.lnet.engine.network.Reduction;

/** What a trajectory records at a state [A; B], all from reduced quantities (distances: {@link MinNormDistance}). */
public final class Observables {

    private final Reduction reduction;
    private final ReducedGradientFlow flow;
    private final double lossScale;
    private final double residualLoss;
    private final double excessLoss0;
    private final double rate;
    private final DMatrixRMaj lambda0;
    private final boolean viaGram;

    /**
     * @param lossScale 1 for the sum convention, 2/n for the mean convention
     * @param c Theorem 1's constant for the initial state
     * @param viaGram true to precompute P^T P (worth it for many points), false to apply U(0) directly
     */
    public Observables(Reduction reduction, double lossScale, double c, boolean viaGram) {
        this.reduction = reduction;
        this.flow = new ReducedGradientFlow(reduction, lossScale);
        this.lossScale = lossScale;
        double[] z0 = reduction.initialState();
        this.residualLoss = lossScale * reduction.data().residualLoss();
        this.excessLoss0 = lossScale * flow.halfErrorSq(z0);
        this.rate = Bounds.theorem1Rate(reduction.data(), c, lossScale);
        this.lambda0 = Imbalance.reducedImbalance(reduction, z0);
        this.viaGram = viaGram;
    }

    /** L* in this run's convention. */
    public double residualLoss() {
        return residualLoss;
    }

    /** L(0) - L* in this run's convention. */
    public double initialExcessLoss() {
        return excessLoss0;
    }

    /** The Theorem 1 rate 2 lambda_r(Sigma_x) c in this run's time (times 2/n for the mean convention). */
    public double rate() {
        return rate;
    }

    /** L - L* at a state, in this run's convention. */
    public double excessLoss(double[] z) {
        return lossScale * flow.halfErrorSq(z);
    }

    /** The record of a state at time t (and gradient-descent step, -1 for the flow). */
    public TrajectoryPoint at(double t, long step, double[] z) {
        double excess = excessLoss(z);
        MinNormDistance.Distances d = MinNormDistance.at(reduction, z, viaGram);
        DMatrixRMaj drift = Imbalance.reducedImbalance(reduction, z);
        CommonOps_DDRM.subtractEquals(drift, lambda0);

        double bound = excessLoss0 * Math.exp(-rate * t);
        return new TrajectoryPoint(t, step, residualLoss + excess, excess, bound, d.outside(), d.frobenius(),
            d.operator(), NormOps_DDRM.normF(drift), TrajectoryPoint.boundHolds(excess, bound, excessLoss0));
    }
}
