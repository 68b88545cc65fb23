package org.lnet.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Fixtures;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Reduction;

/** Bounds from reduced coordinates against the same quantities formed from full matrices with Commons Math. */
class BoundsTest {

    @ParameterizedTest
    @CsvSource({
        "6, 15, 2, 30",  // h > m + r
        "6, 15, 2, 4",   // h < r: lambda_r(Lambda) = 0 by definition
        "6, 15, 3, 2"})  // h < m and h < r: c = 0
    void imbalanceAndLemma1MatchFullMatrices(int n, int d, int m, int h) {
        DMatrixRMaj x = Fixtures.gaussian(n, d, 1 / Math.sqrt(d), 1);
        DMatrixRMaj y = Fixtures.gaussian(n, m, 1, 2);
        DataDecomposition data = DataDecomposition.of(x, y);
        LinearNetwork net = Initializers.gaussian(d, m, h, 0.5, 1.3, 0.8, 3);
        BoundReport report = Bounds.evaluate(Reduction.of(net, data), 0.5, 0.1);

        // a full orthonormal basis of R^D from the SVD of X^T X (D x D), with Commons Math: Phi1 = its first
        // r vectors (eigenvalues s_i^2 > 0), Phi2 the rest (eigenvalue 0)
        RealMatrix cx = real(x);
        RealMatrix rightVectors = new SingularValueDecomposition(cx.transpose().multiply(cx)).getU();
        int r = n;
        RealMatrix phi1 = rightVectors.getSubMatrix(0, d - 1, 0, r - 1);
        RealMatrix phi2 = rightVectors.getSubMatrix(0, d - 1, r, d - 1);
        RealMatrix u = real(net.u());
        RealMatrix v = real(net.v());
        RealMatrix u1 = phi1.transpose().multiply(u);
        RealMatrix u2 = phi2.transpose().multiply(u);
        RealMatrix lambda = u1.transpose().multiply(u1).subtract(v.transpose().multiply(v));
        double[] ev = new EigenDecomposition(lambda).getRealEigenvalues();
        Arrays.sort(ev);  // ascending
        double lambdaR = h < r ? 0 : ev[h - r];
        double lambdaM = h < m ? 0 : -ev[m - 1];
        assertEquals(lambdaR, report.lambdaR(), 1e-10);
        assertEquals(lambdaM, report.lambdaM(), 1e-10);
        assertEquals(Math.max(lambdaR, 0) + Math.max(lambdaM, 0), report.c(), 1e-10);
        assertEquals(2 * data.sigmaMinSq() * report.c(), report.theorem1Rate(), 1e-12);

        double vu2 = v.multiply(u2.transpose()).getFrobeniusNorm();
        double u1u2 = u1.multiply(u2.transpose()).getFrobeniusNorm();
        assertEquals(Math.hypot(vu2, u1u2), report.eq18().lhs(), 1e-10);
        assertEquals(u1.multiply(v.transpose()).getFrobeniusNorm(), report.eq19().lhs(), 1e-10);
        assertEquals(lambdaR + lambdaM, report.eq17().lhs(), 1e-10);
    }

    @Test
    void theorem2LogBoundEqualsTheDirectFormulaWhereItDoesNotOverflow() {
        // tiny targets keep C = exp(1 + s_1 ||Y|| / s_r^2) representable
        DMatrixRMaj x = Fixtures.gaussian(3, 8, 1 / Math.sqrt(8), 4);
        DMatrixRMaj y = Fixtures.gaussian(3, 1, 0.01, 5);
        DataDecomposition data = DataDecomposition.of(x, y);
        double alpha = 0.4;
        double delta = 0.05;
        int h = 300;
        BoundReport report = Bounds.evaluate(Reduction.of(Initializers.gaussian(8, 1, h, alpha, 1, 1, 6), data), alpha, delta);
        double[] s = data.singularValues();
        double yNorm = org.ejml.dense.row.NormOps_DDRM.normF(y);
        double bigC = Math.exp(1 + s[0] * yNorm / (s[2] * s[2]));
        double bound = 2 * Math.pow(bigC, 1 / Math.pow(h, 1 - 2 * alpha)) * Math.sqrt(1 + 3)
            * (Math.sqrt(1 + 8) + 0.5 * Math.log(2 / delta)) / Math.pow(h, 2 * alpha - 0.5);
        assertEquals(Math.log(bound), report.theorem2LogBound(), 1e-12 * Math.abs(Math.log(bound)));
        assertEquals(bound >= report.initialDistanceOp(), report.theorem2Vacuous());
    }

    /**
     * The right-hand sides of Lemma 1 (17)-(19) are the paper's closed forms in h, alpha, delta, m, r and D, and each
     * "holds" flag is the stated inequality between the two sides ((17) strict, (18) and (19) non-strict); alpha
     * and delta away from 1/2 and 0.1 so that a wrong exponent or constant changes the value.
     */
    @Test
    void lemma1RightHandSidesAreThePapersClosedForms() {
        int n = 4;
        int d = 9;
        int m = 2;
        int h = 40;
        double alpha = 0.375;
        double delta = 0.05;
        DataDecomposition data = DataDecomposition.of(Fixtures.gaussian(n, d, 1 / Math.sqrt(d), 11), Fixtures.gaussian(n, m, 1, 12));
        BoundReport report = Bounds.evaluate(Reduction.of(Initializers.gaussian(d, m, h, alpha, 1, 1, 13), data), alpha, delta);
        int r = data.rank();
        assertEquals(n, r);
        double log = Math.sqrt(m + d) + 0.5 * Math.log(2 / delta);
        // all three are a few elementary operations on exact inputs: relative rounding of a few ulps
        assertEquals(Math.pow(h, 1 - 2 * alpha), report.eq17().rhs(), 1e-14 * report.eq17().rhs());
        double rhs18 = 2 * Math.sqrt(m + r) * log / Math.pow(h, 2 * alpha - 0.5);
        double rhs19 = 2 * Math.sqrt(m) * log / Math.pow(h, 2 * alpha - 0.5);
        assertEquals(rhs18, report.eq18().rhs(), 1e-14 * rhs18);
        assertEquals(rhs19, report.eq19().rhs(), 1e-14 * rhs19);
        assertEquals(report.eq17().lhs() > report.eq17().rhs(), report.eq17().holds());
        assertEquals(report.eq18().lhs() <= report.eq18().rhs(), report.eq18().holds());
        assertEquals(report.eq19().lhs() <= report.eq19().rhs(), report.eq19().holds());
        assertEquals(alpha, report.alpha());
        assertEquals(delta, report.delta());
    }

    @Test
    void lemma1HoldsForWideNetworksWithTheStatedProbability() {
        DataDecomposition data = DataDecomposition.of(Fixtures.gaussian(5, 12, 1 / Math.sqrt(12), 7), Fixtures.gaussian(5, 2, 1, 8));
        double delta = 0.1;
        int holds = 0;
        int runs = 50;
        for (int seed = 0; seed < runs; seed++) {
            LinearNetwork net = Initializers.implicitGaussian(12, 2, 1_000_000, 0.5, 1, 1, seed);
            BoundReport b = Bounds.evaluate(Reduction.of(net, data), 0.5, delta);
            if (b.eq17().holds() && b.eq18().holds() && b.eq19().holds()) {
                holds++;
            }
        }
        assertTrue(holds >= (1 - delta) * runs, holds + " of " + runs);
    }

    @Test
    void parametersOutsideTheTheoremsAreRefused() {
        DataDecomposition data = DataDecomposition.of(Fixtures.gaussian(3, 5, 1, 1), Fixtures.gaussian(3, 1, 1, 2));
        Reduction reduction = Reduction.of(Initializers.gaussian(5, 1, 10, 0.5, 1, 1, 1), data);
        assertEquals("alpha", assertThrows(InvalidInputException.class, () -> Bounds.evaluate(reduction, 0.2, 0.1)).subject());
        assertEquals("alpha", assertThrows(InvalidInputException.class, () -> Bounds.evaluate(reduction, 0.6, 0.1)).subject());
        assertEquals("delta", assertThrows(InvalidInputException.class, () -> Bounds.evaluate(reduction, 0.5, 1.0)).subject());
        assertEquals("delta", assertThrows(InvalidInputException.class, () -> Bounds.evaluate(reduction, 0.5, 0)).subject());
    }

    private static RealMatrix real(DMatrixRMaj a) {
        double[][] out = new double[a.numRows][a.numCols];
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                out[i][j] = a.get(i, j);
            }
        }
        return new Array2DRowRealMatrix(out);
    }
}
