package org.lnet.engine.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lnet.engine.Fixtures;
import org.lnet.engine.analysis.Imbalance;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.train.Observables;

/**
 * Implicit-width sampling is exact in law: over many seeds, Theorem 1's c and the initial distance to the
 * min-norm solution have the same distribution as for explicitly sampled networks (two-sample
 * Kolmogorov-Smirnov). The draws are seeded, so the test is deterministic; a wrong width is detected,
 * which shows the test has the power to see a difference.
 */
class ImplicitWidthDistributionTest {

    private static final int SAMPLES = 400;

    @ParameterizedTest
    @ValueSource(ints = {9, 40})  // below and above m + D = 14
    void implicitAndExplicitAgreeInDistribution(int width) {
        DataDecomposition data = DataDecomposition.of(Fixtures.gaussian(5, 12, 1 / Math.sqrt(12), 1), Fixtures.gaussian(5, 2, 1, 2));
        double[][] explicit = sample(data, width, width, false);
        double[][] implicit = sample(data, width, width, true);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        for (int q = 0; q < 2; q++) {
            double p = ks.kolmogorovSmirnovTest(explicit[q], implicit[q]);
            assertTrue(p > 0.01, "quantity " + q + " differs in distribution: p = " + p);
        }
        double[][] wrongWidth = sample(data, width, 3 * width, true);
        assertTrue(ks.kolmogorovSmirnovTest(explicit[1], wrongWidth[1]) < 1e-6, "the test sees a different width");
    }

    /** c and ||U(0)V(0)^T - Theta_hat||_F for SAMPLES seeds; the initialization variance is that of width `scaleWidth`. */
    private static double[][] sample(DataDecomposition data, int width, int scaleWidth, boolean implicitWidth) {
        double[][] out = new double[2][SAMPLES];
        double alpha = 0.5;
        double sigma = Math.sqrt((double) width / scaleWidth);
        for (int i = 0; i < SAMPLES; i++) {
            long seed = 1000 + i + (implicitWidth ? 1_000_000 : 0);
            LinearNetwork net = implicitWidth
                ? Initializers.implicitGaussian(12, 2, width, alpha, sigma, sigma, seed)
                : Initializers.gaussian(12, 2, width, alpha, sigma, sigma, seed);
            Reduction reduction = Reduction.of(net, data);
            double c = Imbalance.of(reduction).c();
            out[0][i] = c;
            out[1][i] = new Observables(reduction, 1, c, false).at(0, 0, reduction.initialState()).distanceToMinNorm();
        }
        return out;
    }
}
