package org.lnet.engine.analysis;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.lnet.engine.network.Reduction;

/**
 * The imbalance Lambda = U1^T U1 - V^T V (h x h), conserved by gradient flow, and Theorem 1's constant
 * c = [lambda_r(Lambda)]_+ + [lambda_m(-Lambda)]_+ (eigenvalues in decreasing order; lambda_r is 0 when
 * h &lt; r and lambda_m(-Lambda) is 0 when h &lt; m). In reduced coordinates Lambda = Q (B^T B - A^T A) Q^T,
 * so its spectrum is eig(B^T B - A^T A) together with h - k zeros.
 */
public final class Imbalance {

    private final double[] eigenvalues;
    private final long width;
    private final int rank;
    private final int outputs;

    private Imbalance(double[] eigenvalues, long width, int rank, int outputs) {
        this.eigenvalues = eigenvalues;
        this.width = width;
        this.rank = rank;
        this.outputs = outputs;
    }

    /** The imbalance of the reduced state [A; B] of a network of the given width. */
    public static Imbalance of(Reduction reduction, double[] state) {
        DMatrixRMaj lambda = reducedImbalance(reduction, state);
        int k = lambda.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, false, true);
        if (!eig.decompose(lambda)) {
            throw new IllegalStateException("symmetric eigen-decomposition of the imbalance did not converge");
        }
        // B^T B - A^T A is formed with absolute rounding error about k eps (||A||_F^2 + ||B||_F^2); eigenvalues
        // below that are zero (a balanced network has Lambda = 0 exactly, not 1e-16)
        double noise = k * Math.ulp(1.0) * (sumOfSquares(reduction.a(state).data) + sumOfSquares(reduction.b(state).data));
        double[] ev = new double[k];
        for (int i = 0; i < k; i++) {
            double e = eig.getEigenvalue(i).real;
            ev[i] = Math.abs(e) <= noise ? 0 : e;
        }
        Arrays.sort(ev);
        for (int i = 0; i < k / 2; i++) {
            double t = ev[i];
            ev[i] = ev[k - 1 - i];
            ev[k - 1 - i] = t;
        }
        return new Imbalance(ev, reduction.network().width(), reduction.rank(), reduction.outputs());
    }

    private static double sumOfSquares(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return s;
    }

    /** The imbalance at the reduction's initial state. */
    public static Imbalance of(Reduction reduction) {
        return of(reduction, reduction.initialState());
    }

    /** B^T B - A^T A, k x k, the imbalance in reduced coordinates (new matrix). */
    public static DMatrixRMaj reducedImbalance(Reduction reduction, double[] state) {
        DMatrixRMaj a = reduction.a(state);
        DMatrixRMaj b = reduction.b(state);
        DMatrixRMaj lambda = new DMatrixRMaj(a.numCols, a.numCols);
        CommonOps_DDRM.multTransA(b, b, lambda);
        CommonOps_DDRM.multAddTransA(-1, a, a, lambda);
        return lambda;
    }

    /**
     * The j-th largest eigenvalue (1-based) of the full h x h imbalance: the k computed eigenvalues with
     * h - k zeros placed between the non-negative and the negative ones.
     */
    public double largest(long j) {
        int nonNegative = 0;
        while (nonNegative < eigenvalues.length && eigenvalues[nonNegative] >= 0) {
            nonNegative++;
        }
        long zeros = width - eigenvalues.length;
        if (j <= nonNegative) {
            return eigenvalues[(int) (j - 1)];
        }
        if (j <= nonNegative + zeros) {
            return 0;
        }
        return eigenvalues[(int) (j - 1 - zeros)];
    }

    /** lambda_r(Lambda), 0 when h &lt; r. */
    public double lambdaR() {
        return width < rank ? 0 : largest(rank);
    }

    /** lambda_m(-Lambda) = -lambda_{h-m+1}(Lambda), 0 when h &lt; m. */
    public double lambdaM() {
        return width < outputs ? 0 : -largest(width - outputs + 1);
    }

    /** c = [lambda_r(Lambda)]_+ + [lambda_m(-Lambda)]_+. */
    public double c() {
        return Math.max(lambdaR(), 0) + Math.max(lambdaM(), 0);
    }

    /** The k eigenvalues of B^T B - A^T A, decreasing (a copy); the rest of the spectrum is zero. */
    public double[] reducedEigenvalues() {
        return eigenvalues.clone();
    }
}
