package org.lnet.engine.train;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.lnet.engine.network.Reduction;

/**
 * Gradient flow (7) in reduced coordinates, state z = [A; B] row by row (A: m x k, B: r x k):
 * <pre>
 *   E = W^T Y - diag(s) B A^T          (r x m)
 *   dA/dt = g E^T diag(s) B,   dB/dt = g diag(s) E A
 * </pre>
 * with g = 1 for the sum loss and 2/n for the mean loss. One evaluation costs 3 r m k multiply-adds,
 * independent of the width h and the input dimension D. Gradient descent with step eta is z + eta dz/dt
 * from the same z.
 *
 * <p>This is the inner loop of every training run and width sweep, so it works on the flat state in place
 * (B A^T as row dot products, the two updates as row axpys over contiguous memory) instead of copying A and B
 * into matrices for three general products. Not thread-safe: it keeps its work array.
 */
public final class ReducedGradientFlow implements FirstOrderDifferentialEquations {

    private final int m;
    private final int r;
    private final int k;
    private final double[] s;
    private final double[] wtY;
    private final double gain;
    private final double[] f;
    private double halfErrorSq;

    /**
     * @param gain g, the loss convention's gradient scale (1 for sum, 2/n for mean)
     */
    public ReducedGradientFlow(Reduction reduction, double gain) {
        this.m = reduction.outputs();
        this.r = reduction.rank();
        this.k = reduction.k();
        this.s = reduction.data().s();
        this.wtY = reduction.data().wtY().data.clone();
        this.gain = gain;
        this.f = new double[r * m];
    }

    @Override
    public int getDimension() {
        return (m + r) * k;
    }

    @Override
    public void computeDerivatives(double t, double[] z, double[] dz) {
        error(z);
        int bOffset = m * k;
        // dA_j = sum_i F_ij B_i, with F = g diag(s) E
        java.util.Arrays.fill(dz, 0, bOffset, 0.0);
        for (int i = 0; i < r; i++) {
            int bi = bOffset + i * k;
            for (int j = 0; j < m; j++) {
                axpy(f[i * m + j], z, bi, dz, j * k, k);
            }
        }
        // dB_i = sum_j F_ij A_j, one pass over the row per output pair
        for (int i = 0; i < r; i++) {
            int di = bOffset + i * k;
            int fi = i * m;
            int j = 0;
            if (m == 1) {
                scaled(f[fi], z, 0, dz, di, k);
                continue;
            }
            combine(f[fi], z, 0, f[fi + 1], z, k, dz, di, k);
            for (j = 2; j + 1 < m; j += 2) {
                combineAdd(f[fi + j], z, j * k, f[fi + j + 1], z, (j + 1) * k, dz, di, k);
            }
            if (j < m) {
                axpy(f[fi + j], z, j * k, dz, di, k);
            }
        }
    }

    /** y[yo..yo+n) = a x[xo..xo+n). */
    private static void scaled(double a, double[] x, int xo, double[] y, int yo, int n) {
        for (int l = 0; l < n; l++) {
            y[yo + l] = a * x[xo + l];
        }
    }

    /** y[yo..yo+n) = a x[xo..] + b w[wo..]. */
    private static void combine(double a, double[] x, int xo, double b, double[] w, int wo, double[] y, int yo, int n) {
        for (int l = 0; l < n; l++) {
            y[yo + l] = a * x[xo + l] + b * w[wo + l];
        }
    }

    /** y[yo..yo+n) += a x[xo..] + b w[wo..]. */
    private static void combineAdd(double a, double[] x, int xo, double b, double[] w, int wo, double[] y, int yo, int n) {
        for (int l = 0; l < n; l++) {
            y[yo + l] += a * x[xo + l] + b * w[wo + l];
        }
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

    /** Sets F = g diag(s) E with E = W^T Y - diag(s) B A^T, and 1/2 ||E||^2. */
    private void error(double[] z) {
        int bOffset = m * k;
        double sum = 0;
        for (int i = 0; i < r; i++) {
            int bi = bOffset + i * k;
            for (int j = 0; j < m; j++) {
                double e = wtY[i * m + j] - s[i] * dot(z, bi, z, j * k, k);
                sum += e * e;
                f[i * m + j] = gain * s[i] * e;
            }
        }
        halfErrorSq = 0.5 * sum;
    }

    /** y[yo..yo+n) += a x[xo..xo+n); a simple counted loop that the JIT vectorizes. */
    private static void axpy(double a, double[] x, int xo, double[] y, int yo, int n) {
        for (int l = 0; l < n; l++) {
            y[yo + l] += a * x[xo + l];
        }
    }

    /** x[xo..xo+n) . y[yo..yo+n) with four partial sums, so consecutive multiply-adds do not wait on each other. */
    private static double dot(double[] x, int xo, double[] y, int yo, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int l = 0;
        for (; l + 3 < n; l += 4) {
            s0 += x[xo + l] * y[yo + l];
            s1 += x[xo + l + 1] * y[yo + l + 1];
            s2 += x[xo + l + 2] * y[yo + l + 2];
            s3 += x[xo + l + 3] * y[yo + l + 3];
        }
        for (; l < n; l++) {
            s0 += x[xo + l] * y[yo + l];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
