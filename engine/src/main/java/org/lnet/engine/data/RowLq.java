package org.lnet.engine.data;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;

/**
 * The LQ factorization X = L Q1^T of a wide matrix X (n x D, n &lt; D), computed in place by Householder reflectors
 * applied from the right: X H_1 ... H_n = [L 0], L lower triangular n x n, Q1 = H_1 ... H_n [I; 0] (D x n,
 * orthonormal columns). It is LAPACK's dgelqf: blocked, a panel of {@link #PANEL} reflectors at a time, whose
 * product I - V^T T V (compact WY form, T upper triangular) updates the rows below in two products, on all cores.
 * Orthogonal transformations only, so L has the singular values of X to within a few units of roundoff times
 * ||X|| (backward stable), which keeps the rank rule s_i &gt; rcond * s_1 meaning what it means for the SVD of X.
 *
 * <p>Each row is its own array: X is the first D entries of the accumulator's [X | Y] rows, and Y's entries are
 * left untouched. Reflector k is v_k = (0, ..., 0, 1, X[k, k+1..D-1]) after factoring, with
 * scale tau_k: H_k = I - tau_k v_k^T v_k.
 */
final class RowLq implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    /** Reflectors per panel: enough that the trailing update is matrix-matrix work, few enough that T is cheap. */
    static final int PANEL = 32;
    /** Rows of the trailing update per task. */
    private static final int ROWS_PER_TASK = 8;

    private final double[][] a;
    private final int n;
    private final int d;
    private final double[] tau;

    /** Factors the first d entries of the rows a[0 .. n), overwriting them. */
    RowLq(double[][] a, int n, int d) {
        if (n > d) {
            throw new IllegalArgumentException("LQ of " + n + " x " + d + ": needs n <= D");
        }
        this.a = a;
        this.n = n;
        this.d = d;
        this.tau = new double[n];
        for (int k0 = 0; k0 < n; k0 += PANEL) {
            int nb = Math.min(PANEL, n - k0);
            factorPanel(k0, nb);
            if (k0 + nb < n) {
                updateTrailing(k0, nb);
            }
        }
    }

    /** L, n x n lower triangular (new matrix). */
    DMatrixRMaj lower() {
        DMatrixRMaj l = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, l.data, i * n, i + 1);
        }
        return l;
    }

    /** Q1 z for an n x c matrix z: the D x c matrix H_1 ... H_n [z; 0] (new matrix). */
    DMatrixRMaj q1Times(DMatrixRMaj z) {
        int c = z.numCols;
        double[][] cols = new double[c][];
        IntStream.range(0, c).parallel().forEach(j -> {
            double[] y = new double[d];
            for (int i = 0; i < n; i++) {
                y[i] = z.data[i * c + j];
            }
            for (int k = n - 1; k >= 0; k--) {
                double[] vk = a[k];
                double s = (y[k] + dot(vk, y, k + 1, d)) * tau[k];
                y[k] -= s;
                for (int t = k + 1; t < d; t++) {
                    y[t] = Math.fma(-s, vk[t], y[t]);
                }
            }
            cols[j] = y;
        });
        DMatrixRMaj out = new DMatrixRMaj(d, c);
        for (int j = 0; j < c; j++) {
            for (int t = 0; t < d; t++) {
                out.data[t * c + j] = cols[j][t];
            }
        }
        return out;
    }

    /** Reflectors k0 .. k0+nb-1, each applied at once to the panel's later rows (LAPACK's dgelq2). */
    private void factorPanel(int k0, int nb) {
        for (int k = k0; k < k0 + nb; k++) {
            double[] vk = a[k];
            double alpha = vk[k];
            double xnorm = norm(vk, k + 1, d);
            if (xnorm == 0) {
                tau[k] = 0;
                continue;
            }
            double beta = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
            tau[k] = (beta - alpha) / beta;
            double scale = 1 / (alpha - beta);
            for (int t = k + 1; t < d; t++) {
                vk[t] *= scale;
            }
            vk[k] = beta;
            for (int i = k + 1; i < k0 + nb; i++) {
                double[] ai = a[i];
                double s = (ai[k] + dot(ai, vk, k + 1, d)) * tau[k];
                ai[k] -= s;
                for (int t = k + 1; t < d; t++) {
                    ai[t] = Math.fma(-s, vk[t], ai[t]);
                }
            }
        }
    }

    /** ||x[from .. to)||, scaled so that no square overflows or underflows. */
    private static double norm(double[] x, int from, int to) {
        double max = 0;
        for (int t = from; t < to; t++) {
            max = Math.max(max, Math.abs(x[t]));
        }
        if (max == 0) {
            return 0;
        }
        double inv = 1 / max;
        double sum = 0;
        for (int t = from; t < to; t++) {
            double v = x[t] * inv;
            sum = Math.fma(v, v, sum);
        }
        return max * Math.sqrt(sum);
    }

    /**
     * Rows below the panel: A2 := A2 H_k0 ... H_(k0+nb-1) = A2 - ((A2 V^T) T) V, V the panel's reflectors as dense
     * rows over columns k0..D-1 and T from LAPACK's dlarft recurrence T[0:j, j] = -tau_j T[0:j, 0:j] V[0:j] v_j^T.
     */
    private void updateTrailing(int k0, int nb) {
        int len = d - k0;
        double[][] v = new double[nb][len];
        for (int j = 0; j < nb; j++) {
            int k = k0 + j;
            v[j][j] = 1;
            System.arraycopy(a[k], k + 1, v[j], j + 1, d - k - 1);
        }
        double[] t = new double[nb * nb];
        for (int j = 0; j < nb; j++) {
            double tj = tau[k0 + j];
            t[j * nb + j] = tj;
            double[] w = new double[j];
            for (int i = 0; i < j; i++) {
                w[i] = dot(v[i], v[j], j, len);
            }
            for (int i = 0; i < j; i++) {
                double s = 0;
                for (int l = i; l < j; l++) {
                    s += t[i * nb + l] * w[l];
                }
                t[i * nb + j] = -tj * s;
            }
        }
        int first = k0 + nb;
        int tasks = (n - first + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        IntStream stream = IntStream.range(0, tasks);
        // below about a million multiply-adds a task hand-off costs more than it saves
        if ((long) (n - first) * len * nb > 1_000_000) {
            stream = stream.parallel();
        }
        stream.forEach(task -> {
            int from = first + task * ROWS_PER_TASK;
            int to = Math.min(n, from + ROWS_PER_TASK);
            double[] w = new double[nb];
            double[] w2 = new double[nb];
            double[] wt = new double[nb];
            for (int i = from; i < to; i += 2) {
                // an odd last row is paired with itself: its second result is not used
                rowsTimesVt(a[i], a[Math.min(i + 1, to - 1)], k0, v, nb, len, w, w2);
                for (int r = i; r < Math.min(to, i + 2); r++) {
                    double[] wr = r == i ? w : w2;
                    for (int j = 0; j < nb; j++) {
                        double s = 0;
                        for (int l = 0; l <= j; l++) {
                            s += wr[l] * t[l * nb + j];
                        }
                        wt[j] = s;
                    }
                    subtract(a[r], k0, wt, v, nb, len);
                }
            }
        });
    }

    /** x[from..to) . y[from..to), in four independent sums so the adds overlap. */
    private static double dot(double[] x, double[] y, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int t = from;
        for (; t + 3 < to; t += 4) {
            s0 = Math.fma(x[t], y[t], s0);
            s1 = Math.fma(x[t + 1], y[t + 1], s1);
            s2 = Math.fma(x[t + 2], y[t + 2], s2);
            s3 = Math.fma(x[t + 3], y[t + 3], s3);
        }
        for (; t < to; t++) {
            s0 = Math.fma(x[t], y[t], s0);
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * w = row V^T and w2 = row2 V^T (rows from off, len entries): two rows by four reflectors per pass, eight
     * independent sums, as many as the two FMA units keep in flight at four cycles each.
     */
    private static void rowsTimesVt(double[] row, double[] row2, int off, double[][] v, int nb, int len, double[] w,
                                    double[] w2) {
        int j = 0;
        for (; j + 3 < nb; j += 4) {
            double[] v0 = v[j];
            double[] v1 = v[j + 1];
            double[] v2 = v[j + 2];
            double[] v3 = v[j + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double t0 = 0;
            double t1 = 0;
            double t2 = 0;
            double t3 = 0;
            for (int c = j; c < len; c++) {
                double x = row[off + c];
                double y = row2[off + c];
                double a0 = v0[c];
                double a1 = v1[c];
                double a2 = v2[c];
                double a3 = v3[c];
                s0 = Math.fma(x, a0, s0);
                s1 = Math.fma(x, a1, s1);
                s2 = Math.fma(x, a2, s2);
                s3 = Math.fma(x, a3, s3);
                t0 = Math.fma(y, a0, t0);
                t1 = Math.fma(y, a1, t1);
                t2 = Math.fma(y, a2, t2);
                t3 = Math.fma(y, a3, t3);
            }
            w[j] = s0;
            w[j + 1] = s1;
            w[j + 2] = s2;
            w[j + 3] = s3;
            w2[j] = t0;
            w2[j + 1] = t1;
            w2[j + 2] = t2;
            w2[j + 3] = t3;
        }
        for (; j < nb; j++) {
            w[j] = dotRow(row, off, v[j], j, len);
            w2[j] = dotRow(row2, off, v[j], j, len);
        }
    }

    private static double dotRow(double[] row, int off, double[] v, int from, int len) {
        double s = 0;
        for (int c = from; c < len; c++) {
            s = Math.fma(row[off + c], v[c], s);
        }
        return s;
    }

    /** row -= wt V, four reflectors per pass so each entry is loaded and stored once per four. */
    private static void subtract(double[] row, int off, double[] wt, double[][] v, int nb, int len) {
        int j = 0;
        for (; j + 3 < nb; j += 4) {
            double[] v0 = v[j];
            double[] v1 = v[j + 1];
            double[] v2 = v[j + 2];
            double[] v3 = v[j + 3];
            double w0 = -wt[j];
            double w1 = -wt[j + 1];
            double w2 = -wt[j + 2];
            double w3 = -wt[j + 3];
            for (int c = j; c < len; c++) {
                row[off + c] = Math.fma(w3, v3[c], Math.fma(w2, v2[c], Math.fma(w1, v1[c], Math.fma(w0, v0[c],
                    row[off + c]))));
            }
        }
        for (; j < nb; j++) {
            double w0 = -wt[j];
            double[] v0 = v[j];
            for (int c = j; c < len; c++) {
                row[off + c] = Math.fma(w0, v0[c], row[off + c]);
            }
        }
    }
}
