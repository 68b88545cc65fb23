package org.lnet.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Fixtures;

/**
 * Wide data (n &lt; D) go through the LQ factorization X = L Q1^T and the SVD of L. These tests check that path
 * against an SVD of X itself computed by another library (Commons Math), on ill-conditioned and rank-deficient X:
 * the same singular values, the same rank decisions, the same Theta_hat = X^+ Y, to the accuracy that perturbation
 * theory allows two backward-stable methods.
 */
class WideDecompositionTest {

    private static final double EPS = Math.ulp(1.0);

    /** X = U diag(s) V^T with orthonormal U (n x n), V (D x n) from QRs of Gaussian matrices, s given. */
    private static DMatrixRMaj withSingularValues(int n, int d, double[] s, long seed) {
        DMatrixRMaj u = orthonormalColumns(n, n, seed);
        DMatrixRMaj v = orthonormalColumns(d, n, seed + 1);
        DMatrixRMaj us = u.copy();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                us.set(i, j, u.get(i, j) * s[j]);
            }
        }
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        CommonOps_DDRM.multTransB(us, v, x);
        return x;
    }

    private static DMatrixRMaj orthonormalColumns(int rows, int cols, long seed) {
        var qr = DecompositionFactory_DDRM.qr(rows, cols);
        assertTrue(qr.decompose(Fixtures.gaussian(rows, cols, 1, seed)));
        return qr.getQ(null, true);
    }

    /** The oracle: X^+ Y = V diag(1/s) U^T Y over s_i &gt; rcond s_1, from Commons Math's SVD of X. */
    private static DMatrixRMaj pinvTimes(DMatrixRMaj x, DMatrixRMaj y, double rcond, int[] rankOut, double[] sOut) {
        RealMatrix rx = new Array2DRowRealMatrix(x.numRows, x.numCols);
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                rx.setEntry(i, j, x.get(i, j));
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(rx);
        double[] s = svd.getSingularValues();
        System.arraycopy(s, 0, sOut, 0, sOut.length);
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        DMatrixRMaj theta = new DMatrixRMaj(x.numCols, y.numCols);
        int r = 0;
        while (r < s.length && s[r] > rcond * s[0]) {
            r++;
        }
        rankOut[0] = r;
        for (int k = 0; k < r; k++) {
            for (int c = 0; c < y.numCols; c++) {
                double uty = 0;
                for (int i = 0; i < x.numRows; i++) {
                    uty += u.getEntry(i, k) * y.get(i, c);
                }
                for (int j = 0; j < x.numCols; j++) {
                    theta.add(j, c, v.getEntry(j, k) * uty / s[k]);
                }
            }
        }
        return theta;
    }

    private static void checkAgainstOracle(DMatrixRMaj x, DMatrixRMaj y, double kappa) {
        int n = x.numRows;
        DataDecomposition data = DataDecomposition.of(x, y);
        int[] rank = new int[1];
        double[] s = new double[n];
        DMatrixRMaj oracle = pinvTimes(x, y, DataDecomposition.defaultRcond(n, x.numCols), rank, s);
        assertEquals(rank[0], data.rank(), "rank decision");
        // Both SVDs are backward stable: by Weyl, each singular value is within c * eps * s_1 of the exact one,
        // with c a modest multiple of the dimensions (10 n here; observed errors are far below it).
        double[] got = data.singularValues();
        for (int i = 0; i < n; i++) {
            assertEquals(s[i], got[i], 10 * n * EPS * s[0], "s_" + (i + 1));
        }
        // The min-norm solution of an underdetermined system of full rank r has relative condition number
        // kappa = s_1 / s_r (not kappa^2: no residual), so two backward-stable solvers agree to c * kappa * eps
        // relative, same c.
        double scale = Fixtures.maxAbs(oracle);
        double diff = Fixtures.maxAbsDiff(data.minNormSolution(), oracle);
        assertTrue(diff <= 10 * n * kappa * EPS * scale, "max |dTheta| = " + diff + " vs |Theta| = " + scale);
        // Phi1 = Q1 Vl spans the row space of X: orthonormal, and Theta_hat = Phi1 Phi1^T Theta_hat.
        DMatrixRMaj phi1 = data.phi1();
        DMatrixRMaj gram = new DMatrixRMaj(data.rank(), data.rank());
        CommonOps_DDRM.multTransA(phi1, phi1, gram);
        for (int i = 0; i < data.rank(); i++) {
            for (int j = 0; j < data.rank(); j++) {
                assertEquals(i == j ? 1 : 0, gram.get(i, j), 10 * n * EPS, "Phi1^T Phi1");
            }
        }
        DMatrixRMaj viaPhi = new DMatrixRMaj(x.numCols, y.numCols);
        CommonOps_DDRM.mult(phi1, data.minNormCoordinates(), viaPhi);
        assertTrue(Fixtures.maxAbsDiff(viaPhi, oracle) <= 10 * n * kappa * EPS * scale, "Phi1 diag(1/s) W^T Y");
    }

    /** kappa = 1e10: singular values 1 .. 1e-10 geometrically, more than one panel of reflectors (n = 70 &gt; 32). */
    @Test
    void illConditionedMatchesSvdOfX() {
        int n = 70;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = Math.pow(1e-10, i / (n - 1.0));
        }
        checkAgainstOracle(withSingularValues(n, 300, s, 11), Fixtures.gaussian(n, 3, 1, 12), 1e10);
    }

    /**
     * Exactly rank 20 of n = 50 (X = A B with small integers, so every entry is exact): both paths keep 20 singular
     * values above rcond s_1; the 30 others are roundoff, at most c * eps * s_1.
     */
    @Test
    void rankDeficientKeepsTheSameRank() {
        int n = 50;
        int r = 20;
        int d = 200;
        DMatrixRMaj a = new DMatrixRMaj(n, r);
        DMatrixRMaj b = new DMatrixRMaj(r, d);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = rng.nextInt(-3, 4);
        }
        for (int i = 0; i < b.data.length; i++) {
            b.data[i] = rng.nextInt(-3, 4);
        }
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        CommonOps_DDRM.mult(a, b, x);
        DMatrixRMaj y = Fixtures.gaussian(n, 2, 1, 6);
        DataDecomposition data = DataDecomposition.of(x, y);
        assertEquals(r, data.rank());
        double[] sv = data.singularValues();
        checkAgainstOracle(x, y, sv[0] / sv[r - 1]);
    }

    /** The accumulator is used up by finish: a second decomposition from it is refused, not silently wrong. */
    @Test
    void finishUsesUpTheAccumulator() {
        DataAccumulator acc = new DataAccumulator(5, 1);
        acc.add(new double[] {1, 2, 3, 4, 5}, new double[] {1});
        acc.finish();
        assertThrows(IllegalStateException.class, acc::finish);
        assertThrows(IllegalStateException.class, () -> acc.add(new double[5], new double[1]));
    }
}
