package org.lnet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lnet.engine.Fixtures;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Reduction;

/**
 * The fused descent step (padded rows, B kept twice) reproduces full-matrix gradient descent on U and V, for every
 * number of outputs its sums treat separately (m = 1, 2, 3, 4, 5 and the general path beyond), with a rank r and a
 * k that are not multiples of the padding.
 */
class DescentStepTest {

    /**
     * 25 steps agree with the full-matrix reference to 1e-10 in Theta, U, V and the loss (the two differ only in
     * summation order: a few hundred ulps of O(1) entries), and the loss it reports is the reference's.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 9})
    void fusedStepEqualsFullMatrixDescent(int m) {
        int n = 11;
        int d = 23;
        int h = 37;
        DMatrixRMaj x = ReducedDynamicsTest.inputs(n, d, 0, 11);
        DMatrixRMaj y = Fixtures.gaussian(n, m, 1, 12);
        DataDecomposition data = DataDecomposition.of(x, y);
        LinearNetwork net = Initializers.gaussian(d, m, h, 0.5, 1, 1, 13);
        double eta = 0.05;
        double gain = 2.0 / n;
        Reduction reduction = Reduction.of(net, data);
        DescentStep kernel = new DescentStep(reduction, gain);
        double[] z = reduction.initialState();
        kernel.load(z);
        FullMatrixReference full = new FullMatrixReference(x, y, net.u(), net.v());
        for (int step = 0; step < 25; step++) {
            double halfError = kernel.error();
            assertEquals(full.halfLoss(), halfError + data.residualLoss(), 1e-10 * (1 + full.halfLoss()),
                "loss at step " + step);
            kernel.advance(eta);
            full.step(eta, gain);
        }
        kernel.store(z);
        LinearNetwork last = reduction.networkAt(z, "");
        assertTrue(Fixtures.maxAbsDiff(last.theta(), full.theta()) < 1e-10, "Theta after 25 steps");
        assertTrue(Fixtures.maxAbsDiff(last.u(), full.u.getDDRM()) < 1e-10, "U after 25 steps");
        assertTrue(Fixtures.maxAbsDiff(last.v(), full.v.getDDRM()) < 1e-10, "V after 25 steps");
    }
}
