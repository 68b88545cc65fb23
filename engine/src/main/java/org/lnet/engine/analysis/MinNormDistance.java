package org.lnet.engine.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.lnet.engine.network.Reduction;

/**
 * How far the end-to-end map Theta = U V^T of a reduced state [A; B] is from the min-norm solution Theta_hat,
 * computed from reduced quantities only. Theta - Theta_hat splits into the orthogonal parts
 * Phi1 (B A^T - Theta_hat_1) (inside the row space of X) and P A^T (outside it, P the complement of the reduction),
 * so ||Theta - Theta_hat||_F^2 = ||B A^T - Theta_hat_1||_F^2 + ||P A^T||_F^2 and
 * ||Theta - Theta_hat||_2^2 = lambda_max((B A^T - Theta_hat_1)^T (B A^T - Theta_hat_1) + A P^T P A^T).
 */
public final class MinNormDistance {

    /**
     * @param frobenius ||U V^T - Theta_hat||_F
     * @param operator ||U V^T - Theta_hat||_2
     * @param outside ||U2 V^T||_F = ||P A^T||_F, the part no gradient step can change
     */
    public record Distances(double frobenius, double operator, double outside) {
    }

    private MinNormDistance() {
    }

    /**
     * The distances at a state.
     *
     * @param viaGram true to use the precomputed P^T P (cheaper for many states), false to apply P directly
     */
    public static Distances at(Reduction reduction, double[] state, boolean viaGram) {
        DMatrixRMaj a = reduction.a(state);
        DMatrixRMaj b = reduction.b(state);
        DMatrixRMaj inside = reduction.data().minNormCoordinates().copy();
        CommonOps_DDRM.multAddTransB(-1, b, a, inside);
        CommonOps_DDRM.scale(-1, inside);

        int m = a.numRows;
        DMatrixRMaj gram = new DMatrixRMaj(m, m);
        if (viaGram) {
            DMatrixRMaj ag = new DMatrixRMaj(m, a.numCols);
            CommonOps_DDRM.mult(a, reduction.complementGram(), ag);
            CommonOps_DDRM.multTransB(ag, a, gram);
        } else {
            DMatrixRMaj pa = reduction.complementTimes(a);
            CommonOps_DDRM.multTransA(pa, pa, gram);
        }
        double outsideSq = Math.max(0, CommonOps_DDRM.trace(gram));
        double insideF = NormOps_DDRM.normF(inside);
        CommonOps_DDRM.multAddTransA(inside, inside, gram);
        double operator = Math.sqrt(Math.max(0, largestEigenvalue(gram)));
        return new Distances(Math.sqrt(insideF * insideF + outsideSq), operator, Math.sqrt(outsideSq));
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
