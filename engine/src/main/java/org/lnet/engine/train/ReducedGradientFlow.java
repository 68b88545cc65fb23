package org.lnet.engine.train;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.lnet.engine.network.Reduction;

/**
 * Gradient flow (7) in reduced coordinates, state z = [A; B] row by row (A: m x k, B: r x k):
 * <pre>
 *   E = W^T Y - diag(s) B A^T          (r x m)
 *   dA/dt = g E^T diag(s) B,   dB/dt = g diag(s) E A
 * </pre>
 * with g = 1 for the sum loss and 2/n for the mean loss. One evaluation costs O(r m k), independent of the
 * width h and the input dimension D. Gradient descent with step eta is z + eta dz/dt from the same z.
 * Not thread-safe: it keeps its work matrices.
 */
public final class ReducedGradientFlow implements FirstOrderDifferentialEquations {

    private final int m;
    private final int r;
    private final int k;
    private final double[] s;
    private final DMatrixRMaj wtY;
    private final double gain;
    private final DMatrixRMaj a;
    private final DMatrixRMaj b;
    private final DMatrixRMaj e;
    private final DMatrixRMaj da;
    private final DMatrixRMaj db;
    private double halfErrorSq;

    /**
     * @param gain g, the loss convention's gradient scale (1 for sum, 2/n for mean)
     */
    public ReducedGradientFlow(Reduction reduction, double gain) {
        this.m = reduction.outputs();
        this.r = reduction.rank();
        this.k = reduction.k();
        this.s = reduction.data().s();
        this.wtY = reduction.data().wtY();
        this.gain = gain;
        a = new DMatrixRMaj(m, k);
        b = new DMatrixRMaj(r, k);
        e = new DMatrixRMaj(r, m);
        da = new DMatrixRMaj(m, k);
        db = new DMatrixRMaj(r, k);
    }

    @Override
    public int getDimension() {
        return (m + r) * k;
    }

    @Override
    public void computeDerivatives(double t, double[] z, double[] dz) {
        error(z);
        // F = g diag(s) E overwrites E: dA = F^T B, dB = F A
        for (int i = 0; i < r; i++) {
            double f = gain * s[i];
            for (int j = 0; j < m; j++) {
                e.data[i * m + j] *= f;
            }
        }
        CommonOps_DDRM.multTransA(e, b, da);
        CommonOps_DDRM.mult(e, a, db);
        System.arraycopy(da.data, 0, dz, 0, m * k);
        System.arraycopy(db.data, 0, dz, m * k, r * k);
    }

    /**
     * 1/2 ||E||_F^2 at the state last passed to {@link #computeDerivatives}: the loss above L*, in the sum
     * convention, of the point where the derivative was taken.
     */
    public double lastHalfErrorSq() {
        return halfErrorSq;
    }

    /** 1/2 ||E||_F^2 at state z (sum convention, without L*). */
    public double halfErrorSq(double[] z) {
        error(z);
        return halfErrorSq;
    }

    /** Loads z into A, B and sets E = W^T Y - diag(s) B A^T and 1/2 ||E||^2. */
    private void error(double[] z) {
        System.arraycopy(z, 0, a.data, 0, m * k);
        System.arraycopy(z, m * k, b.data, 0, r * k);
        CommonOps_DDRM.multTransB(b, a, e);
        double sum = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < m; j++) {
                int idx = i * m + j;
                double v = wtY.data[idx] - s[i] * e.data[idx];
                e.data[idx] = v;
                sum += v * v;
            }
        }
        halfErrorSq = 0.5 * sum;
    }
}
