package org.lnet.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Fixtures;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.analysis.Imbalance;
import org.lnet.engine.data.DataDecomposition;

class InitializersTest {

    private static DataDecomposition data(int n, int d, int m, long seed) {
        return DataDecomposition.of(Fixtures.gaussian(n, d, 1 / Math.sqrt(d), seed), Fixtures.gaussian(n, m, 1, seed + 1));
    }

    @Test
    void gaussianIsSeededAndHasTheStatedVariance() {
        LinearNetwork a = Initializers.gaussian(40, 3, 500, 0.5, 2, 0.5, 1);
        LinearNetwork b = Initializers.gaussian(40, 3, 500, 0.5, 2, 0.5, 1);
        LinearNetwork c = Initializers.gaussian(40, 3, 500, 0.5, 2, 0.5, 2);
        assertArrayEquals(a.u().data, b.u().data);
        assertArrayEquals(a.v().data, b.v().data);
        assertTrue(Fixtures.maxAbsDiff(a.u(), c.u()) > 0.1);
        SummaryStatistics us = new SummaryStatistics();
        for (double v : a.u().data) {
            us.addValue(v);
        }
        // 20000 draws of N(0, 4/500): the sample variance is within 3% (about 5 standard errors)
        assertEquals(4.0 / 500, us.getVariance(), 0.03 * 4.0 / 500);
        assertEquals(0, us.getMean(), 5 * Math.sqrt(4.0 / 500 / 20000));
    }

    @Test
    void invariantSetRemovesTheComponentOutsideTheRowSpaceOnly() {
        DataDecomposition data = data(5, 12, 2, 3);
        LinearNetwork net = Initializers.gaussian(12, 2, 30, 0.5, 1, 1, 4);
        LinearNetwork inv = Initializers.invariantSet(net, data);
        assertTrue(Fixtures.maxAbs(data.complementPart(inv.u())) < 1e-14);
        assertTrue(Fixtures.maxAbsDiff(data.rowSpaceCoordinates(inv.u()), data.rowSpaceCoordinates(net.u())) < 1e-14);
        assertArrayEquals(net.v().data, inv.v().data);
    }

    @Test
    void balancedReproducesTheta0WithZeroImbalance() {
        DataDecomposition data = data(6, 14, 3, 5);
        DMatrixRMaj theta0 = Fixtures.gaussian(14, 3, 1, 6);
        LinearNetwork net = Initializers.balanced(theta0, data, 25, 7, false);
        assertTrue(Fixtures.maxAbsDiff(net.theta(), theta0) < 1e-12);
        // Lambda = U1^T U1 - V^T V formed explicitly (25 x 25)
        SimpleMatrix u1 = SimpleMatrix.wrap(data.rowSpaceCoordinates(net.u()));
        SimpleMatrix v = SimpleMatrix.wrap(net.v());
        SimpleMatrix lambda = u1.transpose().mult(u1).minus(v.transpose().mult(v));
        assertTrue(lambda.elementMaxAbs() < 1e-12, "max |Lambda| = " + lambda.elementMaxAbs());
        assertEquals(0, Imbalance.of(Reduction.of(net, data)).c(), 1e-12);

        LinearNetwork implicit = Initializers.balanced(theta0, data, 1_000_000_000L, 7, true);
        assertEquals(3, implicit.frameRank());
        assertTrue(Fixtures.maxAbsDiff(implicit.theta(), theta0) < 1e-12);
        assertEquals(0, Imbalance.of(Reduction.of(implicit, data)).c(), 1e-12);
    }

    /**
     * Scaling a balanced network by sigmaU, sigmaV gives Lambda = (sigmaU^2 - sigmaV^2) Q M^{1/2} Q^T, so with
     * sigmaV &gt; sigmaU and r &gt; m, c = lambda_m(-Lambda) = (sigmaV^2 - sigmaU^2) sqrt(mu_min(M)).
     */
    @Test
    void scaledBalancedImbalanceHasItsClosedForm() {
        DataDecomposition data = data(6, 14, 2, 8);
        DMatrixRMaj theta0 = Fixtures.gaussian(14, 2, 1, 9);
        LinearNetwork scaled = Initializers.balanced(theta0, data, 20, 10, false).scaled(0.5, 2);
        assertTrue(Fixtures.maxAbsDiff(scaled.theta(), theta0) < 1e-12);
        SimpleMatrix p = SimpleMatrix.wrap(data.rowSpaceCoordinates(theta0));
        double[] mu = p.transpose().mult(p).eig().getEigenvalues().stream().mapToDouble(z -> z.real).sorted().toArray();
        double expected = (4 - 0.25) * Math.sqrt(mu[0]);
        assertEquals(expected, Imbalance.of(Reduction.of(scaled, data)).c(), 1e-12 * expected);
        // the other way round all eigenvalues are >= 0 but only m < r of them positive: c = 0
        assertEquals(0, Imbalance.of(Reduction.of(Initializers.balanced(theta0, data, 20, 10, false).scaled(2, 0.5), data)).c(), 1e-12);
    }

    @Test
    void balancedRefusesASingularProjectedTheta0() {
        DataDecomposition data = data(4, 10, 2, 11);
        DMatrixRMaj column = Fixtures.gaussian(10, 1, 1, 12);
        DMatrixRMaj theta0 = new DMatrixRMaj(10, 2);
        for (int i = 0; i < 10; i++) {
            theta0.set(i, 0, column.get(i, 0));
            theta0.set(i, 1, 2 * column.get(i, 0));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Initializers.balanced(theta0, data, 10, 1, false));
        assertEquals("Theta0", e.subject());
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
        assertEquals("width", assertThrows(InvalidInputException.class,
            () -> Initializers.balanced(Fixtures.gaussian(10, 2, 1, 1), data, 1, 1, false)).subject());
    }

    @Test
    void explicitWidthThatCannotFitInMemoryIsRefusedWithAHint() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> Initializers.gaussian(200, 5, 1_000_000_000_000L, 0.5, 1, 1, 1));
        assertEquals("width", e.subject());
        assertTrue(e.getMessage().contains("implicit width"), e.getMessage());
        assertEquals("width", assertThrows(InvalidInputException.class,
            () -> Initializers.gaussian(3, 1, 0, 0.5, 1, 1, 1)).subject());
    }

    @Test
    void implicitWidthCostsTheSameForAnyWidth() {
        LinearNetwork net = Initializers.implicitGaussian(50, 5, 1_000_000_000L, 0.5, 1, 1, 1);
        assertEquals(55, net.frameRank());
        assertEquals(1_000_000_000L, net.width());
        // ||U||_F^2 has mean D h sigma^2 = 50 for N(0, 1/h) entries, and relative spread ~ sqrt(2/(D h))
        double uu = Math.pow(org.ejml.dense.row.NormOps_DDRM.normF(net.uCoefficients()), 2);
        assertEquals(50, uu, 0.01);
        assertEquals("width", assertThrows(InvalidInputException.class, net::u).subject());
    }
}
