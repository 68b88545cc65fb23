package org.lnet.engine.train;

import org.lnet.engine.network.Reduction;

/**
 * Gradient descent on the reduced state [A; B] (A: m x k, B: r x k), the inner loop of every width sweep:
 * <pre>
 *   E = W^T Y - diag(s) B A^T,   F = g diag(s) E          (r x m)
 *   A' = A + eta F^T B,          B' = B + eta F A          (both from the same A, B)
 * </pre>
 * the step {@link ReducedGradientFlow} takes one derivative at a time, written so the JIT turns every pass into
 * vector instructions: each of the three products is a sum of scaled contiguous rows (no dot products, whose
 * sums the JIT must keep sequential), which needs B twice, row by row for F^T B and column by column for
 * B A^T. Both copies get the same update, element by element the same sum F_i0 A_0l + F_i1 A_1l + ... in the same
 * order, so they stay equal bit for bit. Every row is its own array, indexed from 0: C2 (JDK 17)
 * vectorizes y[l] += c x[l] only when it can rule out an overlap of y and x at different offsets, and offsets
 * into one flat array defeat that (measured: 2.2 GMAC/s flat, 10 GMAC/s per core with row arrays). Rows are padded
 * with zeros to a multiple of eight doubles (one AVX-512 register); the padding stays zero because every update is
 * a combination of rows. No allocation per step.
 *
 * <p>Costs 3 r m k multiply-adds per step, like the flow's derivative; the order of the sums differs from
 * {@link ReducedGradientFlow}'s (both are fixed, so results are the same on every host and thread count). Not
 * thread-safe.
 */
final class DescentStep {

    private static final int LANES = 8;

    private final int m;
    private final int r;
    private final int k;
    /** Padded lengths of a row of B (k) and of a column of B (r). */
    private final int kp;
    private final int rp;
    private final double gain;
    private final double[] s;
    /** (W^T Y)^T, m rows of rp. */
    private final double[][] wtYt;
    /** A, m rows of kp. */
    private final double[][] a;
    /** B, r rows of kp. */
    private final double[][] b;
    /** B^T, k rows of rp. */
    private final double[][] bt;
    /** (B A^T)^T, then E^T, m rows of rp. */
    private final double[][] et;
    /** F^T, m rows of rp. */
    private final double[][] ft;
    /** F^T B, m rows of kp. */
    private final double[][] da;
    /** One padded row of sums F_i0 A_0l + F_i1 A_1l + ... (kp or rp long). */
    private final double[] row;
    /** The m coefficients of one such sum. */
    private final double[] coefficients;

    DescentStep(Reduction reduction, double gain) {
        this.m = reduction.outputs();
        this.r = reduction.rank();
        this.k = reduction.k();
        this.kp = padded(k);
        this.rp = padded(r);
        this.gain = gain;
        this.s = new double[rp];
        this.wtYt = new double[m][rp];
        for (int i = 0; i < r; i++) {
            s[i] = reduction.data().s(i);
            for (int j = 0; j < m; j++) {
                wtYt[j][i] = reduction.data().wtY().unsafe_get(i, j);
            }
        }
        this.a = new double[m][kp];
        this.b = new double[r][kp];
        this.bt = new double[k][rp];
        this.et = new double[m][rp];
        this.ft = new double[m][rp];
        this.da = new double[m][kp];
        this.row = new double[Math.max(kp, rp)];
        this.coefficients = new double[m];
    }

    private static int padded(int n) {
        return (n + LANES - 1) / LANES * LANES;
    }

    /** Sets the state from z = [A; B] row by row. */
    void load(double[] z) {
        for (int j = 0; j < m; j++) {
            System.arraycopy(z, j * k, a[j], 0, k);
        }
        for (int i = 0; i < r; i++) {
            System.arraycopy(z, (m + i) * k, b[i], 0, k);
            for (int l = 0; l < k; l++) {
                bt[l][i] = b[i][l];
            }
        }
    }

    /** Writes the state into z = [A; B] row by row. */
    void store(double[] z) {
        for (int j = 0; j < m; j++) {
            System.arraycopy(a[j], 0, z, j * k, k);
        }
        for (int i = 0; i < r; i++) {
            System.arraycopy(b[i], 0, z, (m + i) * k, k);
        }
    }

    /**
     * E and F at the current state; returns 1/2 ||E||_F^2 (the sum convention's loss above L*). {@link #advance}
     * uses this F.
     */
    double error() {
        // (B A^T)^T row j = sum_l A_jl (column l of B), four columns per pass
        for (int j = 0; j < m; j++) {
            double[] e = et[j];
            double[] aj = a[j];
            java.util.Arrays.fill(e, 0.0);
            int l = 0;
            for (; l + 3 < k; l += 4) {
                addFour(e, aj[l], aj[l + 1], aj[l + 2], aj[l + 3], bt[l], bt[l + 1], bt[l + 2], bt[l + 3], rp);
            }
            for (; l < k; l++) {
                addOne(e, aj[l], bt[l], rp);
            }
        }
        double sum = 0;
        for (int j = 0; j < m; j++) {
            double[] e = et[j];
            double[] w = wtYt[j];
            double[] f = ft[j];
            for (int i = 0; i < rp; i++) {
                e[i] = w[i] - s[i] * e[i];
            }
            for (int i = 0; i < r; i++) {
                sum += e[i] * e[i];
            }
            for (int i = 0; i < rp; i++) {
                f[i] = gain * s[i] * e[i];
            }
        }
        return 0.5 * sum;
    }

    /** One step A += eta F^T B, B += eta F A with the F of the last {@link #error} call. */
    void advance(double eta) {
        // F^T B from the old B, four rows of B per pass
        for (int j = 0; j < m; j++) {
            double[] d = da[j];
            double[] f = ft[j];
            java.util.Arrays.fill(d, 0.0);
            int i = 0;
            for (; i + 3 < r; i += 4) {
                addFour(d, f[i], f[i + 1], f[i + 2], f[i + 3], b[i], b[i + 1], b[i + 2], b[i + 3], kp);
            }
            for (; i < r; i++) {
                addOne(d, f[i], b[i], kp);
            }
        }
        // B += eta F A in both layouts from the old A: element (i, l) gets F_i0 A_0l + F_i1 A_1l + ... either way
        double[] c = coefficients;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < m; j++) {
                c[j] = ft[j][i];
            }
            update(b[i], eta, c, a, kp);
        }
        for (int l = 0; l < k; l++) {
            for (int j = 0; j < m; j++) {
                c[j] = a[j][l];
            }
            update(bt[l], eta, c, ft, rp);
        }
        for (int j = 0; j < m; j++) {
            addOne(a[j], eta, da[j], kp);
        }
    }

    /**
     * y[0..n) += eta (c_0 x_0 + c_1 x_1 + ... + c_{m-1} x_{m-1}), the sum taken in that order: in one pass for
     * m &lt;= 5 (the common case), through the row buffer otherwise.
     */
    private void update(double[] y, double eta, double[] c, double[][] x, int n) {
        switch (m) {
            case 1 -> addOne(y, eta, c[0], x[0], n);
            case 2 -> {
                double[] x0 = x[0];
                double[] x1 = x[1];
                double c0 = c[0];
                double c1 = c[1];
                for (int l = 0; l < n; l++) {
                    y[l] += eta * (c0 * x0[l] + c1 * x1[l]);
                }
            }
            case 5 -> {
                double[] x0 = x[0];
                double[] x1 = x[1];
                double[] x2 = x[2];
                double[] x3 = x[3];
                double[] x4 = x[4];
                double c0 = c[0];
                double c1 = c[1];
                double c2 = c[2];
                double c3 = c[3];
                double c4 = c[4];
                for (int l = 0; l < n; l++) {
                    y[l] += eta * (c0 * x0[l] + c1 * x1[l] + c2 * x2[l] + c3 * x3[l] + c4 * x4[l]);
                }
            }
            default -> {
                sumOfRows(c, x, n);
                addOne(y, eta, row, n);
            }
        }
    }

    /** y[0..n) += eta (c x[0..n)). */
    private static void addOne(double[] y, double eta, double c, double[] x, int n) {
        for (int l = 0; l < n; l++) {
            y[l] += eta * (c * x[l]);
        }
    }

    /** row[0..n) = c_0 x_0 + c_1 x_1 + ... + c_{m-1} x_{m-1}, summed in that order. */
    private void sumOfRows(double[] c, double[][] x, int n) {
        double[] t = row;
        int j;
        switch (m) {
            case 1 -> {
                scaled(t, c[0], x[0], n);
                return;
            }
            case 2 -> {
                two(t, c[0], c[1], x[0], x[1], n);
                return;
            }
            case 3 -> {
                two(t, c[0], c[1], x[0], x[1], n);
                addOne(t, c[2], x[2], n);
                return;
            }
            default -> {
                four(t, c[0], c[1], c[2], c[3], x[0], x[1], x[2], x[3], n);
                j = 4;
            }
        }
        for (; j + 3 < m; j += 4) {
            fourInOrder(t, c[j], c[j + 1], c[j + 2], c[j + 3], x[j], x[j + 1], x[j + 2], x[j + 3], n);
        }
        for (; j < m; j++) {
            addOne(t, c[j], x[j], n);
        }
    }

    /** y[0..n) = c x[0..n). */
    private static void scaled(double[] y, double c, double[] x, int n) {
        for (int l = 0; l < n; l++) {
            y[l] = c * x[l];
        }
    }

    /** y[0..n) = c0 x0 + c1 x1. */
    private static void two(double[] y, double c0, double c1, double[] x0, double[] x1, int n) {
        for (int l = 0; l < n; l++) {
            y[l] = c0 * x0[l] + c1 * x1[l];
        }
    }

    /** y[0..n) = c0 x0 + c1 x1 + c2 x2 + c3 x3, summed left to right. */
    private static void four(double[] y, double c0, double c1, double c2, double c3, double[] x0, double[] x1,
                             double[] x2, double[] x3, int n) {
        for (int l = 0; l < n; l++) {
            y[l] = c0 * x0[l] + c1 * x1[l] + c2 * x2[l] + c3 * x3[l];
        }
    }

    /** y[0..n) = (((y + c0 x0) + c1 x1) + c2 x2) + c3 x3: a running sum continued term by term. */
    private static void fourInOrder(double[] y, double c0, double c1, double c2, double c3, double[] x0, double[] x1,
                                    double[] x2, double[] x3, int n) {
        for (int l = 0; l < n; l++) {
            y[l] = y[l] + c0 * x0[l] + c1 * x1[l] + c2 * x2[l] + c3 * x3[l];
        }
    }

    /** y[0..n) += c0 x0 + c1 x1 + c2 x2 + c3 x3 (the four terms summed first). */
    private static void addFour(double[] y, double c0, double c1, double c2, double c3, double[] x0, double[] x1,
                                double[] x2, double[] x3, int n) {
        for (int l = 0; l < n; l++) {
            y[l] += c0 * x0[l] + c1 * x1[l] + c2 * x2[l] + c3 * x3[l];
        }
    }

    /** y[0..n) += c x[0..n). */
    private static void addOne(double[] y, double c, double[] x, int n) {
        for (int l = 0; l < n; l++) {
            y[l] += c * x[l];
        }
    }
}
