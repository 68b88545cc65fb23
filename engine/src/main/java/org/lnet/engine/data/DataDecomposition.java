package org.lnet.engine.data;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;

/**
 * The regression data X (n x D), Y (n x m) through the compact SVD X = W diag(s) Phi1^T, truncated at the
 * numerical rank r. Everything the theory needs about the data comes from here: the min-norm solution
 * Theta_hat = X^+ Y = Phi1 diag(1/s) W^T Y, the optimal loss L* = 1/2 ||(I - W W^T) Y||_F^2, and
 * lambda_r(Sigma_x) = s_r^2.
 *
 * <p>Rank: singular values s_i &lt;= rcond * s_1 count as zero, as in LAPACK's least-squares drivers; the
 * default rcond is max(n, D) * eps. Immutable.
 */
public final class DataDecomposition {

    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final double rcond;
    private final double[] allSingularValues;
    private final int rank;
    private final double[] s;
    private final DMatrixRMaj w;
    private final DMatrixRMaj phi1;
    private final DMatrixRMaj wtY;
    private final DMatrixRMaj minNormCoordinates;
    private final double residualLoss;

    private DataDecomposition(DMatrixRMaj x, DMatrixRMaj y, double rcond) {
        this.x = x;
        this.y = y;
        this.rcond = rcond;
        int n = x.numRows;
        int d = x.numCols;
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, true, true, true);
        if (!svd.decompose(x.copy())) {
            throw new InvalidInputException("X", "The SVD of X did not converge; check X for extreme values.");
        }
        DMatrixRMaj uFull = svd.getU(null, false);
        DMatrixRMaj sigma = svd.getW(null);
        DMatrixRMaj vFull = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(uFull, false, sigma, vFull, false);
        int p = Math.min(n, d);
        allSingularValues = new double[p];
        for (int i = 0; i < p; i++) {
            allSingularValues[i] = sigma.get(i, i);
        }
        double threshold = rcond * allSingularValues[0];
        int r = 0;
        while (r < p && allSingularValues[r] > threshold) {
            r++;
        }
        if (r == 0) {
            throw new InvalidInputException("X", "X has rank 0 (all inputs are zero): the network cannot fit anything; check the input columns.");
        }
        rank = r;
        s = java.util.Arrays.copyOf(allSingularValues, r);
        w = CommonOps_DDRM.extract(uFull, 0, n, 0, r);
        phi1 = CommonOps_DDRM.extract(vFull, 0, d, 0, r);
        wtY = new DMatrixRMaj(r, y.numCols);
        CommonOps_DDRM.multTransA(w, y, wtY);

        DMatrixRMaj residual = y.copy();
        CommonOps_DDRM.multAdd(-1, w, wtY, residual);
        double rn = NormOps_DDRM.normF(residual);
        residualLoss = 0.5 * rn * rn;

        minNormCoordinates = wtY.copy();
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < y.numCols; j++) {
                minNormCoordinates.set(i, j, wtY.get(i, j) / s[i]);
            }
        }
    }

    /** Decomposes with the default rcond = max(n, D) * eps. */
    public static DataDecomposition of(DMatrixRMaj x, DMatrixRMaj y) {
        return of(x, y, defaultRcond(x.numRows, x.numCols));
    }

    /**
     * @param x inputs, n x D, one sample per row (not modified)
     * @param y targets, n x m (not modified)
     * @param rcond relative singular value cut-off in [0, 1)
     */
    public static DataDecomposition of(DMatrixRMaj x, DMatrixRMaj y, double rcond) {
        Checks.nonEmpty("X", x);
        Checks.nonEmpty("Y", y);
        if (x.numRows != y.numRows) {
            throw new InvalidInputException("Y", "X has " + x.numRows + " rows but Y has " + y.numRows
                + ": each sample needs one row in both.");
        }
        Checks.finite("X", x);
        Checks.finite("Y", y);
        if (!(rcond >= 0 && rcond < 1)) {
            throw new InvalidInputException("rcond", "Parameter 'rcond' must lie in [0, 1), not " + rcond
                + "; the default is max(n, D) * machine epsilon.");
        }
        return new DataDecomposition(x.copy(), y.copy(), rcond);
    }

    /** LAPACK-style default relative cut-off max(n, D) * eps. */
    public static double defaultRcond(int n, int d) {
        return Math.max(n, d) * Math.ulp(1.0);
    }

    /** n, the number of samples. */
    public int samples() {
        return x.numRows;
    }

    /** D, the input dimension. */
    public int inputDim() {
        return x.numCols;
    }

    /** m, the output dimension. */
    public int outputDim() {
        return y.numCols;
    }

    /** r, the numerical rank of X. */
    public int rank() {
        return rank;
    }

    public double rcond() {
        return rcond;
    }

    /** Absolute cut-off rcond * s_1 below which singular values count as zero. */
    public double rankThreshold() {
        return rcond * allSingularValues[0];
    }

    /** All min(n, D) singular values of X, descending (a copy). */
    public double[] singularValues() {
        return allSingularValues.clone();
    }

    /** s_i for i &lt; r (a copy). */
    public double[] s() {
        return s.clone();
    }

    /** s_i without copying, for the engine's inner loops. */
    public double s(int i) {
        return s[i];
    }

    /** lambda_r(Sigma_x) = s_r^2, the smallest nonzero eigenvalue of X^T X. */
    public double sigmaMinSq() {
        return s[rank - 1] * s[rank - 1];
    }

    /** lambda_1(Sigma_x) = s_1^2. */
    public double sigmaMaxSq() {
        return s[0] * s[0];
    }

    /** W, n x r (shared; do not modify). */
    public DMatrixRMaj w() {
        return w;
    }

    /** Phi1, D x r orthonormal basis of the row space of X (shared; do not modify). */
    public DMatrixRMaj phi1() {
        return phi1;
    }

    /** W^T Y, r x m (shared; do not modify). */
    public DMatrixRMaj wtY() {
        return wtY;
    }

    /** Phi1^T Theta_hat = diag(1/s) W^T Y, r x m (shared; do not modify). */
    public DMatrixRMaj minNormCoordinates() {
        return minNormCoordinates;
    }

    /** Theta_hat = X^+ Y = Phi1 diag(1/s) W^T Y, D x m (new matrix). */
    public DMatrixRMaj minNormSolution() {
        DMatrixRMaj theta = new DMatrixRMaj(inputDim(), outputDim());
        CommonOps_DDRM.mult(phi1, minNormCoordinates, theta);
        return theta;
    }

    /** X Theta_hat = W W^T Y, n x m: the projection of Y onto the column space of X (new matrix). */
    public DMatrixRMaj fittedValues() {
        DMatrixRMaj f = new DMatrixRMaj(samples(), outputDim());
        CommonOps_DDRM.mult(w, wtY, f);
        return f;
    }

    /** L* = 1/2 ||(I - W W^T) Y||_F^2, the smallest achievable loss (sum convention). */
    public double residualLoss() {
        return residualLoss;
    }

    /** ||Y||_F, which enters the constant of Theorem 2. */
    public double targetNorm() {
        return NormOps_DDRM.normF(y);
    }

    /** Phi1^T a for a D x c matrix a (new matrix, r x c). */
    public DMatrixRMaj rowSpaceCoordinates(DMatrixRMaj a) {
        DMatrixRMaj c = new DMatrixRMaj(rank, a.numCols);
        CommonOps_DDRM.multTransA(phi1, a, c);
        return c;
    }

    /** (I - Phi1 Phi1^T) a, the part of a D x c matrix orthogonal to the row space of X (new matrix). */
    public DMatrixRMaj complementPart(DMatrixRMaj a) {
        DMatrixRMaj out = a.copy();
        CommonOps_DDRM.multAdd(-1, phi1, rowSpaceCoordinates(a), out);
        return out;
    }

    /** The inputs X (shared; do not modify). */
    public DMatrixRMaj x() {
        return x;
    }

    /** The targets Y (shared; do not modify). */
    public DMatrixRMaj y() {
        return y;
    }
}
