package org.lnet.engine.ntk;

import java.util.function.DoubleFunction;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.lnet.engine.InvalidInputException;

/**
 * A symmetric positive definite kernel system K alpha = b, factored once. Its extreme eigenvalues are computed
 * first (symmetric eigensolver) so that a singular or ill-conditioned K is refused with an explanation instead of
 * giving an alpha dominated by rounding; then K is Cholesky-factored, which is backward stable for the solve.
 */
final class KernelSystem {

    /**
     * Largest accepted condition number lambda_max / lambda_min. Cholesky solves have a residual of order
     * eps ||K|| ||alpha||, but alpha itself carries a relative error of about eps * cond: at 1e10 that leaves about
     * six correct digits in alpha and in the min-norm change J^T alpha; beyond it the answer is mostly rounding.
     */
    static final double MAX_CONDITION = 1e10;

    private final LinearSolverDense<DMatrixRMaj> cholesky;
    private final double smallest;
    private final double largest;

    private KernelSystem(LinearSolverDense<DMatrixRMaj> cholesky, double smallest, double largest) {
        this.cholesky = cholesky;
        this.smallest = smallest;
        this.largest = largest;
    }

    /**
     * @param k symmetric n x n (not modified)
     * @param singular builds the exception for a given condition number (infinite when K is singular)
     */
    static KernelSystem factor(DMatrixRMaj k, DoubleFunction<InvalidInputException> singular) {
        int n = k.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(k.copy())) {
            throw singular.apply(Double.POSITIVE_INFINITY);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = eig.getEigenvalue(i).getReal();
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double cond = lo > 0 && Double.isFinite(hi) ? hi / lo : Double.POSITIVE_INFINITY;
        if (!(cond <= MAX_CONDITION)) {
            throw singular.apply(cond);
        }
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(n);
        if (!chol.setA(k.copy())) {
            throw singular.apply(Double.POSITIVE_INFINITY);
        }
        return new KernelSystem(chol, lo, hi);
    }

    /** alpha = K^{-1} b. */
    double[] solve(double[] b) {
        double[] out = new double[b.length];
        cholesky.solve(DMatrixRMaj.wrap(b.length, 1, b.clone()), DMatrixRMaj.wrap(b.length, 1, out));
        return out;
    }

    double smallestEigenvalue() {
        return smallest;
    }

    double largestEigenvalue() {
        return largest;
    }
}
