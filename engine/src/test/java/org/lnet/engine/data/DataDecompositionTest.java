package org.lnet.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Fixtures;
import org.lnet.engine.InvalidInputException;

class DataDecompositionTest {

    /** Relative accuracy expected of an SVD-based solve on well-conditioned 10-50 dimensional data. */
    private static final double TOL = 1e-10;

    @Test
    void wideFullRankMatchesNormalEquationsClosedForm() {
        DMatrixRMaj x = Fixtures.gaussian(8, 20, 1, 1);
        DMatrixRMaj y = Fixtures.gaussian(8, 3, 1, 2);
        DataDecomposition data = DataDecomposition.of(x, y);
        SimpleMatrix sx = SimpleMatrix.wrap(x);
        SimpleMatrix closedForm = sx.transpose().mult(sx.mult(sx.transpose()).invert()).mult(SimpleMatrix.wrap(y));
        assertEquals(8, data.rank());
        assertTrue(Fixtures.maxAbsDiff(data.minNormSolution(), closedForm.getDDRM()) < TOL * Fixtures.maxAbs(closedForm.getDDRM()));
        // D > n with full row rank: the data is interpolated, so L* is rounding noise
        assertEquals(0, data.residualLoss(), 1e-20);
    }

    @Test
    void tallFullRankMatchesLeastSquaresAndResidual() {
        DMatrixRMaj x = Fixtures.gaussian(30, 5, 1, 3);
        DMatrixRMaj y = Fixtures.gaussian(30, 2, 1, 4);
        DataDecomposition data = DataDecomposition.of(x, y);
        SimpleMatrix sx = SimpleMatrix.wrap(x);
        SimpleMatrix sy = SimpleMatrix.wrap(y);
        SimpleMatrix ls = sx.transpose().mult(sx).invert().mult(sx.transpose()).mult(sy);
        assertEquals(5, data.rank());
        assertTrue(Fixtures.maxAbsDiff(data.minNormSolution(), ls.getDDRM()) < TOL * Fixtures.maxAbs(ls.getDDRM()));
        double residual = 0.5 * Math.pow(sy.minus(sx.mult(ls)).normF(), 2);
        assertEquals(residual, data.residualLoss(), TOL * residual);
    }

    /**
     * A long table streams through the accumulator in blocks (memory for (D + m)^2 numbers, not for n rows) and gives
     * the least-squares solution of the normal equations, solved here independently with Commons Math, and the
     * residual computed directly as 1/2 ||Y - X Theta||^2.
     */
    @Test
    void streamedLongTableMatchesNormalEquations() {
        int n = 20_000;
        int d = 4;
        java.util.Random random = new java.util.Random(13);
        DataAccumulator acc = new DataAccumulator(d, 1);
        double[][] xtx = new double[d][d];
        double[] xty = new double[d];
        double[][] rows = new double[n][];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double[] x = new double[d];
            for (int j = 0; j < d; j++) {
                x[j] = random.nextGaussian() + (j == 0 ? 3 : 0);
            }
            double y = 1.5 * x[0] - 2 * x[2] + 0.3 * random.nextGaussian();
            acc.add(x, new double[] {y});
            rows[i] = x;
            ys[i] = y;
            for (int a = 0; a < d; a++) {
                xty[a] += x[a] * y;
                for (int b = 0; b < d; b++) {
                    xtx[a][b] += x[a] * x[b];
                }
            }
        }
        DataDecomposition data = acc.finish();
        assertEquals(n, data.samples());
        double[] beta = new org.apache.commons.math3.linear.CholeskyDecomposition(new Array2DRowRealMatrix(xtx))
            .getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(xty)).toArray();
        DMatrixRMaj theta = data.minNormSolution();
        double residual = 0;
        for (int i = 0; i < n; i++) {
            double fit = 0;
            for (int j = 0; j < d; j++) {
                fit += rows[i][j] * beta[j];
            }
            residual += 0.5 * (ys[i] - fit) * (ys[i] - fit);
        }
        for (int j = 0; j < d; j++) {
            // normal equations square the condition number (~10 here): agreement to ~1e-12 relative
            assertEquals(beta[j], theta.get(j, 0), 1e-11 * (1 + Math.abs(beta[j])));
        }
        assertEquals(residual, data.residualLoss(), 1e-9 * residual);
    }

    /**
     * Rows split into parts of uneven size (one shorter than D + m, one spanning several buffer blocks), each part
     * accumulated and compacted on its own and the parts merged in order, give what Commons Math's SVD pseudo-inverse
     * gives for the whole (Theta_hat, L* computed directly as 1/2 ||Y - X Theta_hat||^2), with n and ||Y||_F summed
     * over the parts. Orthogonal factorizations of well-conditioned data agree to ~1e-14; 1e-10 leaves headroom.
     */
    @Test
    void mergedPartsGiveTheWholeDecomposition() {
        int n = 3_000;
        int d = 6;
        DMatrixRMaj x = Fixtures.gaussian(n, d, 1, 21);
        DMatrixRMaj y = Fixtures.gaussian(n, 2, 1, 22);
        int[] cuts = {0, 5, 1_400, 1_401, n};
        DataAccumulator whole = new DataAccumulator(d, 2);
        for (int p = 0; p + 1 < cuts.length; p++) {
            DataAccumulator part = new DataAccumulator(d, 2);
            for (int i = cuts[p]; i < cuts[p + 1]; i++) {
                part.add(java.util.Arrays.copyOfRange(x.data, i * d, (i + 1) * d), java.util.Arrays.copyOfRange(y.data, 2 * i, 2 * i + 2));
            }
            whole.merge(part.compact());
        }
        assertEquals(n, whole.samples());
        DataDecomposition data = whole.finish();
        assertEquals(n, data.samples());
        assertEquals(n * Math.ulp(1.0), data.rcond());
        RealMatrix reference = new SingularValueDecomposition(new Array2DRowRealMatrix(toArray(x))).getSolver().getInverse()
            .multiply(new Array2DRowRealMatrix(toArray(y)));
        assertTrue(Fixtures.maxAbsDiff(data.minNormSolution(), new DMatrixRMaj(reference.getData())) < TOL * reference.getNorm());
        SimpleMatrix residual = SimpleMatrix.wrap(y).minus(SimpleMatrix.wrap(x).mult(new SimpleMatrix(reference.getData())));
        assertEquals(0.5 * residual.normF() * residual.normF(), data.residualLoss(), TOL * data.residualLoss());
        assertEquals(SimpleMatrix.wrap(y).normF(), data.targetNorm(), TOL * data.targetNorm());
        assertThrows(IllegalArgumentException.class, () -> whole.merge(new DataAccumulator(d, 1)));
    }

    @Test
    void rankDeficientMatchesIndependentPseudoInverseAndItsCharacterisation() {
        DMatrixRMaj x = Fixtures.lowRank(12, 9, 4, 5);
        DMatrixRMaj y = Fixtures.gaussian(12, 3, 1, 6);
        DataDecomposition data = DataDecomposition.of(x, y);
        assertEquals(4, data.rank());

        // independent solver: Commons Math's SVD pseudo-inverse
        RealMatrix cx = new Array2DRowRealMatrix(toArray(x));
        RealMatrix pinv = new SingularValueDecomposition(cx).getSolver().getInverse();
        RealMatrix reference = pinv.multiply(new Array2DRowRealMatrix(toArray(y)));
        DMatrixRMaj theta = data.minNormSolution();
        assertTrue(Fixtures.maxAbsDiff(theta, new DMatrixRMaj(reference.getData())) < 1e-9 * reference.getNorm());

        // characterisation of X^+ Y: normal equations X^T X Theta = X^T Y, and Theta in the row space of X
        SimpleMatrix sx = SimpleMatrix.wrap(x);
        SimpleMatrix st = SimpleMatrix.wrap(theta);
        SimpleMatrix normal = sx.transpose().mult(sx).mult(st).minus(sx.transpose().mult(SimpleMatrix.wrap(y)));
        assertTrue(normal.normF() < 1e-9 * sx.normF() * sx.normF() * st.normF());
        SimpleMatrix projector = sx.transpose().mult(sx.mult(sx.transpose()).pseudoInverse()).mult(sx);
        assertTrue(projector.mult(st).minus(st).normF() < 1e-9 * st.normF());

        double residual = 0.5 * Math.pow(SimpleMatrix.wrap(y).minus(sx.mult(st)).normF(), 2);
        assertEquals(residual, data.residualLoss(), 1e-9 * residual);
    }

    @Test
    void singularValuesAreDescendingAndSquareToSigmaX() {
        DMatrixRMaj x = Fixtures.gaussian(6, 10, 1, 7);
        DataDecomposition data = DataDecomposition.of(x, Fixtures.gaussian(6, 1, 1, 8));
        double[] s = data.singularValues();
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] <= s[i - 1]);
        }
        // trace(X X^T) = sum of s_i^2
        double trace = 0;
        for (double v : x.data) {
            trace += v * v;
        }
        double sum = 0;
        for (double v : s) {
            sum += v * v;
        }
        assertEquals(trace, sum, 1e-10 * trace);
        assertEquals(s[5] * s[5], data.sigmaMinSq(), 0);
    }

    @Test
    void rcondDecidesTheNumericalRank() {
        DMatrixRMaj x = Fixtures.gaussian(5, 5, 1, 9);
        // make the last singular direction tiny: scale one row of an orthogonal-ish mix
        for (int j = 0; j < 5; j++) {
            x.set(4, j, x.get(3, j) + 1e-9 * x.get(4, j));
        }
        DMatrixRMaj y = Fixtures.gaussian(5, 1, 1, 10);
        assertEquals(5, DataDecomposition.of(x, y).rank());
        assertEquals(4, DataDecomposition.of(x, y, 1e-6).rank());
        // the reported threshold is rcond * s_1 and the kept values are exactly those above it
        DataDecomposition cut = DataDecomposition.of(x, y, 1e-6);
        assertEquals(1e-6, cut.rcond());
        assertEquals(1e-6 * cut.singularValues()[0], cut.rankThreshold(), 0);
        assertTrue(cut.singularValues()[3] > cut.rankThreshold() && cut.singularValues()[4] <= cut.rankThreshold());
        // the cut-off's range is [0, 1): 0 keeps every non-zero singular value, 1 would keep none
        assertEquals(5, DataDecomposition.of(x, y, 0).rank());
        assertEquals("rcond", assertThrows(InvalidInputException.class, () -> DataDecomposition.of(x, y, 1)).subject());
        assertEquals("rcond", assertThrows(InvalidInputException.class, () -> DataDecomposition.of(x, y, -1e-300)).subject());
    }

    @Test
    void badInputsAreNamed() {
        DMatrixRMaj x = Fixtures.gaussian(4, 3, 1, 11);
        DMatrixRMaj y = Fixtures.gaussian(4, 1, 1, 12);
        x.set(2, 1, Double.NaN);
        InvalidInputException nan = assertThrows(InvalidInputException.class, () -> DataDecomposition.of(x, y));
        assertTrue(nan.getMessage().contains("X") && nan.getMessage().contains("row 3") && nan.getMessage().contains("column 2"), nan.getMessage());
        InvalidInputException rows = assertThrows(InvalidInputException.class,
            () -> DataDecomposition.of(Fixtures.gaussian(4, 3, 1, 1), Fixtures.gaussian(5, 1, 1, 1)));
        assertTrue(rows.getMessage().contains("4 rows") && rows.getMessage().contains("5"), rows.getMessage());
        InvalidInputException zero = assertThrows(InvalidInputException.class,
            () -> DataDecomposition.of(new DMatrixRMaj(3, 2), Fixtures.gaussian(3, 1, 1, 1)));
        assertTrue(zero.getMessage().contains("rank 0"), zero.getMessage());
        InvalidInputException rcond = assertThrows(InvalidInputException.class,
            () -> DataDecomposition.of(Fixtures.gaussian(3, 2, 1, 1), Fixtures.gaussian(3, 1, 1, 1), 1.5));
        assertEquals("rcond", rcond.subject());
    }

    private static double[][] toArray(DMatrixRMaj a) {
        double[][] out = new double[a.numRows][a.numCols];
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                out[i][j] = a.get(i, j);
            }
        }
        return out;
    }

    /**
     * Data at scales where λ(Σx) = s^2, L* or Θ̂ leave double precision are refused, naming X or Y and the remedy,
     * rather than decomposed into NaN or infinities (before, X of entries 1e-310 gave Θ̂ = NaN and Y of entries
     * 1e200 gave L* = Infinity, silently). Data at the edge of the range are still fine.
     */
    @Test
    void dataBeyondDoublePrecisionIsRefusedNotTurnedIntoNaN() {
        DMatrixRMaj x = Fixtures.gaussian(8, 3, 1, 41);
        DMatrixRMaj y = Fixtures.gaussian(8, 1, 1, 42);
        for (double scale : new double[] {1e-310, 1e-160}) {
            DMatrixRMaj tiny = x.copy();
            org.ejml.dense.row.CommonOps_DDRM.scale(scale, tiny);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> DataDecomposition.of(tiny, y));
            assertEquals("X", e.subject());
            assertTrue(e.getMessage().startsWith("X is too small for double precision") && e.getMessage()
                .contains("Rescale the input columns"), e.getMessage());
        }
        DMatrixRMaj huge = x.copy();
        org.ejml.dense.row.CommonOps_DDRM.scale(1e200, huge);
        assertTrue(assertThrows(InvalidInputException.class, () -> DataDecomposition.of(huge, y)).getMessage()
            .startsWith("X is too large for double precision"));
        DMatrixRMaj bigY = y.copy();
        org.ejml.dense.row.CommonOps_DDRM.scale(1e200, bigY);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DataDecomposition.of(x, bigY));
        assertEquals("Y", e.subject());
        assertTrue(e.getMessage().startsWith("Y is too large for double precision"), e.getMessage());

        for (double scale : new double[] {1e-100, 1e100}) {
            DMatrixRMaj scaled = x.copy();
            org.ejml.dense.row.CommonOps_DDRM.scale(scale, scaled);
            DataDecomposition d = DataDecomposition.of(scaled, y);
            assertTrue(Double.isFinite(d.sigmaMinSq()) && d.sigmaMinSq() > 0 && Double.isFinite(d.residualLoss()));
        }
    }
}
