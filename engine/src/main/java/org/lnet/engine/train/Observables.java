package org.lnet.engine.train;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.lnet.engine.analysis.Bounds;
import org.lnet.engine.analysis.Imbalance;
import org.lnet.engine.network.Reduction;

/**
 * What a trajectory records at a state [A; B], all from reduced quantities. Theta - Theta_hat splits into
 * orthogonal parts Phi1 (B A^T - Theta_hat_1) and P A^T, so
 * ||Theta - Theta_hat||_F^2 = ||B A^T - Theta_hat_1||_F^2 + ||P A^T||_F^2 and
 * ||Theta - Theta_hat||_2^2 = lambda_max((B A^T - Theta_hat_1)^T (B A^T - Theta_hat_1) + A P^T P A^T).
 */
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
        DMatrixRMaj a = reduction.a(z);
        DMatrixRMaj b = reduction.b(z);
        DMatrixRMaj diff = reduction.data().minNormCoordinates().copy();
        CommonOps_DDRM.multAddTransB(-1, b, a, diff);
        CommonOps_DDRM.scale(-1, diff);

        int m = a.numRows;
        DMatrixRMaj outside = new DMatrixRMaj(m, m);
        if (viaGram) {
            DMatrixRMaj ag = new DMatrixRMaj(m, a.numCols);
            CommonOps_DDRM.mult(a, reduction.complementGram(), ag);
            CommonOps_DDRM.multTransB(ag, a, outside);
        } else {
            DMatrixRMaj pa = reduction.complementTimes(a);
            CommonOps_DDRM.multTransA(pa, pa, outside);
        }
        double u2vSq = Math.max(0, CommonOps_DDRM.trace(outside));
        double inside = NormOps_DDRM.normF(diff);
        DMatrixRMaj gram = outside;
        CommonOps_DDRM.multAddTransA(diff, diff, gram);
        double op = Math.sqrt(Math.max(0, largestEigenvalue(gram)));

        DMatrixRMaj drift = Imbalance.reducedImbalance(reduction, z);
        CommonOps_DDRM.subtractEquals(drift, lambda0);

        double bound = excessLoss0 * Math.exp(-rate * t);
        return new TrajectoryPoint(t, step, residualLoss + excess, excess, bound, Math.sqrt(u2vSq),
            Math.sqrt(inside * inside + u2vSq), op, NormOps_DDRM.normF(drift),
            TrajectoryPoint.boundHolds(excess, bound, excessLoss0));
    }

    private static double largestEigenvalue(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
        if (!eig.decompose(symmetric.copy())) {
            throw new IllegalStateException("symmetric eigen-decomposition did not converge");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < symmetric.numRows; i++) {
            max = Math.max(max, eig.getEigenvalue(i).real);
        }
        return max;
    }
}
