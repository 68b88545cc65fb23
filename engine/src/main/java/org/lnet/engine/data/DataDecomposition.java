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
 * <p>Computed from the triangular factor of [X | Y] = Q [R_x | R_y]: with R_x = Ur diag(s) Phi^T, W = Q Ur,
 * so W^T Y = Ur^T R_y and L* = 1/2 ||(I - Ur_r Ur_r^T) R_y||_F^2 without cancellation. The factor is built by
 * {@link DataAccumulator} a block of rows at a time, so a million-row table needs memory for (D + m)^2 numbers,
 * not for the table; W itself (n x r) is never formed. Wide data (n &lt; D) go through the n x n side instead: the LQ
 * factorization X = L Q1^T ({@link RowLq}, in place on the rows) and the SVD of L = Ur diag(s) Vl^T, so
 * Phi1 = Q1 Vl (formed only when asked for) and Theta_hat = Q1 Vl diag(1/s) Ur^T Y; Q1 is orthonormal, so s and
 * the rank are those of X to within roundoff, as on the direct path.
 *
 * <p>Rank: singular values s_i &lt;= rcond * s_1 count as zero, as in LAPACK's least-squares drivers; the
 * default rcond is max(n, D) * eps. Immutable; serializable, so a cluster can ship it to the runs of a sweep.
 */
public final class DataDecomposition implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int samples;
    private final double rcond;
    private final double[] allSingularValues;
    private final int rank;
    private final double[] s;
    private final int inputDim;
    /** Phi1 when X was tall (or square); null for wide X, whose Phi1 = Q1 Vl is formed on demand. */
    private final DMatrixRMaj phi1Stored;
    /** For wide X: the LQ factor's Q1 and Vl's first r columns (n x r); null otherwise. */
    private final RowLq lq;
    private final DMatrixRMaj vlr;
    private transient volatile DMatrixRMaj phi1Formed;
    private final DMatrixRMaj wtY;
    private final DMatrixRMaj minNormCoordinates;
    private final double residualLoss;
    private final double targetNorm;

    /**
     * @param rx R_x (tall X), or L of X = L Q1^T (wide X, with {@code lq}): the matrix whose SVD gives s and Ur
     * @param d D, the number of inputs
     */
    DataDecomposition(int samples, int d, DMatrixRMaj rx, RowLq lq, DMatrixRMaj ry, double targetNorm,
                              double rcond) {
        this.samples = samples;
        this.rcond = rcond;
        this.targetNorm = targetNorm;
        this.inputDim = d;
        this.lq = lq;
        int rows = rx.numRows;
        int cols = rx.numCols;
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, cols, true, true, true);
        if (!svd.decompose(rx.copy())) {
            throw new InvalidInputException("X", "The SVD of X did not converge; check X for extreme values.");
        }
        DMatrixRMaj ur = svd.getU(null, false);
        DMatrixRMaj sigma = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(ur, false, sigma, v, false);
        int p = Math.min(samples, d);
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
        DMatrixRMaj urr = CommonOps_DDRM.extract(ur, 0, rows, 0, r);
        DMatrixRMaj vr = CommonOps_DDRM.extract(v, 0, cols, 0, r);
        phi1Stored = lq == null ? vr : null;
        vlr = lq == null ? null : vr;
        wtY = new DMatrixRMaj(r, ry.numCols);
        CommonOps_DDRM.multTransA(urr, ry, wtY);

        DMatrixRMaj residual = ry.copy();
        CommonOps_DDRM.multAdd(-1, urr, wtY, residual);
        double rn = NormOps_DDRM.normF(residual);
        residualLoss = 0.5 * rn * rn;

        minNormCoordinates = wtY.copy();
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < ry.numCols; j++) {
                minNormCoordinates.set(i, j, wtY.get(i, j) / s[i]);
            }
        }
        requireRepresentable();
    }

    /**
     * Refuses data whose scale the theory's quantities cannot be represented at in double precision, instead of
     * handing out NaN or infinities: s_1^2 = lambda_1(Sigma_x) must not overflow, s_r^2 = lambda_r(Sigma_x) must be a
     * normal positive number (1/s_r then exists too), ||Y||_F^2, L* and Theta_hat must be finite. Real data are
     * orders of magnitude inside these limits (singular values between about 1e-154 and 1e154); outside them the
     * remedy is to rescale, which the messages say.
     */
    private void requireRepresentable() {
        double s1 = s[0];
        double sr = s[rank - 1];
        if (!(s1 * s1 < Double.POSITIVE_INFINITY)) {
            throw new InvalidInputException("X", String.format(java.util.Locale.ROOT, "X is too large for double "
                + "precision: its largest singular value is s_1 = %.3g, and s_1^2 = λ_1(Σx), which training and the "
                + "bounds use, overflows. Rescale the input columns (for example, standardize them).", s1));
        }
        if (!(sr * sr >= Double.MIN_NORMAL)) {
            throw new InvalidInputException("X", String.format(java.util.Locale.ROOT, "X is too small for double "
                + "precision: its smallest kept singular value is s_r = %.3g, and s_r^2 = λ_r(Σx), which training "
                + "and the bounds use, underflows. Rescale the input columns (for example, standardize them), or raise "
                + "rcond to drop the tiny singular values.", sr));
        }
        if (!Double.isFinite(targetNorm * targetNorm) || !Double.isFinite(residualLoss)) {
            throw new InvalidInputException("Y", "Y is too large for double precision: ||Y||_F^2 or the residual loss "
                + "L* = 1/2 ||(I - W W^T) Y||_F^2 overflows. Rescale the target columns.");
        }
        for (double v : minNormCoordinates.data) {
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("Y", "The min-norm solution Θ̂ = X^+ Y overflows double precision "
                    + "(large targets, small inputs): rescale the input or target columns.");
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
        checkRcond(rcond);
        DataAccumulator acc = new DataAccumulator(x.numCols, y.numCols);
        double[] xr = new double[x.numCols];
        double[] yr = new double[y.numCols];
        for (int i = 0; i < x.numRows; i++) {
            System.arraycopy(x.data, i * x.numCols, xr, 0, xr.length);
            System.arraycopy(y.data, i * y.numCols, yr, 0, yr.length);
            acc.add(xr, yr);
        }
        return acc.finish(rcond);
    }

    /** LAPACK-style default relative cut-off max(n, D) * eps (n may exceed an int on a cluster). */
    public static double defaultRcond(long n, long d) {
        return Math.max(n, d) * Math.ulp(1.0);
    }

    /** Refuses an rcond outside [0, 1), naming it: hosts call it before reading the data. */
    public static void checkRcond(double rcond) {
        if (!(rcond >= 0 && rcond < 1)) {
            throw new InvalidInputException("rcond", "Parameter 'rcond' must lie in [0, 1), not " + rcond
                + "; the default is max(n, D) * machine epsilon.");
        }
    }

    /** n, the number of samples. */
    public int samples() {
        return samples;
    }

    /** D, the input dimension. */
    public int inputDim() {
        return inputDim;
    }

    /** m, the output dimension. */
    public int outputDim() {
        return wtY.numCols;
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

    /** Phi1, D x r orthonormal basis of the row space of X (shared; do not modify). */
    public DMatrixRMaj phi1() {
        if (phi1Stored != null) {
            return phi1Stored;
        }
        DMatrixRMaj p = phi1Formed;
        if (p == null) {
            synchronized (this) {
                p = phi1Formed;
                if (p == null) {
                    p = lq.q1Times(vlr);
                    phi1Formed = p;
                }
            }
        }
        return p;
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
        if (phi1Stored == null && phi1Formed == null) {
            // wide X: Q1 (Vl_r coordinates), D x m, without forming Phi1 (D x r)
            DMatrixRMaj small = new DMatrixRMaj(vlr.numRows, outputDim());
            CommonOps_DDRM.mult(vlr, minNormCoordinates, small);
            return lq.q1Times(small);
        }
        DMatrixRMaj theta = new DMatrixRMaj(inputDim(), outputDim());
        CommonOps_DDRM.mult(phi1(), minNormCoordinates, theta);
        return theta;
    }

    /** L* = 1/2 ||(I - W W^T) Y||_F^2, the smallest achievable loss (sum convention). */
    public double residualLoss() {
        return residualLoss;
    }

    /** ||Y||_F, which enters the constant of Theorem 2. */
    public double targetNorm() {
        return targetNorm;
    }

    /** Phi1^T a for a D x c matrix a (new matrix, r x c). */
    public DMatrixRMaj rowSpaceCoordinates(DMatrixRMaj a) {
        DMatrixRMaj c = new DMatrixRMaj(rank, a.numCols);
        CommonOps_DDRM.multTransA(phi1(), a, c);
        return c;
    }

    /** (I - Phi1 Phi1^T) a, the part of a D x c matrix orthogonal to the row space of X (new matrix). */
    public DMatrixRMaj complementPart(DMatrixRMaj a) {
        DMatrixRMaj out = a.copy();
        CommonOps_DDRM.multAdd(-1, phi1(), rowSpaceCoordinates(a), out);
        return out;
    }
}
