package org.lnet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.engine.Fixtures;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Reduction;

/** The reduced dynamics are exact: they reproduce full-matrix gradient descent step by step. */
class ReducedDynamicsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
            // n, D, m, h, rank (0 = full), loss
            Arguments.of(6, 15, 2, 40, 0, LossConvention.SUM),   // D > n, h > m + r
            Arguments.of(6, 15, 2, 5, 0, LossConvention.SUM),    // h < m + r: no reduction possible
            Arguments.of(20, 4, 3, 12, 0, LossConvention.MEAN),  // D < n, residual loss > 0
            Arguments.of(10, 8, 1, 30, 3, LossConvention.SUM),   // rank-deficient X, single output
            Arguments.of(5, 30, 4, 2, 0, LossConvention.MEAN));  // h < m and h < r
    }

    /** Inputs with O(1) singular values, of full rank or of the given rank. */
    static DMatrixRMaj inputs(int n, int d, int rank, long seed) {
        if (rank == 0) {
            return Fixtures.gaussian(n, d, 1 / Math.sqrt(d), seed);
        }
        DMatrixRMaj x = Fixtures.lowRank(n, d, rank, seed);
        org.ejml.dense.row.CommonOps_DDRM.scale(1 / Math.sqrt(d * rank), x);
        return x;
    }

    /**
     * 25 steps agree to 1e-10 in Theta and loss: the two computations differ only in summation order,
     * so they agree to a few hundred ulps of the O(1) entries.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void reducedDescentEqualsFullMatrixDescent(int n, int d, int m, int h, int rank, LossConvention loss) {
        DMatrixRMaj x = inputs(n, d, rank, 1);
        DMatrixRMaj y = Fixtures.gaussian(n, m, 1, 2);
        DataDecomposition data = DataDecomposition.of(x, y);
        LinearNetwork net = Initializers.gaussian(d, m, h, 0.5, 1, 1, 3);
        double eta = 0.05;
        double gain = loss.scale(n);

        Reduction reduction = Reduction.of(net, data);
        ReducedGradientFlow flow = new ReducedGradientFlow(reduction, gain);
        double[] z = reduction.initialState();
        double[] dz = new double[z.length];
        FullMatrixReference full = new FullMatrixReference(x, y, net.u(), net.v());
        for (int step = 0; step < 25; step++) {
            LinearNetwork now = reduction.networkAt(z, "");
            assertTrue(Fixtures.maxAbsDiff(now.theta(), full.theta()) < 1e-10, "Theta at step " + step);
            assertEquals(full.halfLoss(), flow.halfErrorSq(z) + data.residualLoss(), 1e-10 * (1 + full.halfLoss()), "loss at step " + step);
            flow.computeDerivatives(0, z, dz);
            for (int i = 0; i < z.length; i++) {
                z[i] += eta * dz[i];
            }
            full.step(eta, gain);
        }
        LinearNetwork last = reduction.networkAt(z, "");
        assertTrue(Fixtures.maxAbsDiff(last.u(), full.u.getDDRM()) < 1e-10, "U after 25 steps");
        assertTrue(Fixtures.maxAbsDiff(last.v(), full.v.getDDRM()) < 1e-10, "V after 25 steps");
    }

    /** A balanced network's Z has rank m only: the reduction must find that rank and still be exact. */
    @org.junit.jupiter.api.Test
    void rankDeficientBalancedNetworkReducesExactly() {
        DMatrixRMaj x = inputs(6, 15, 0, 7);
        DMatrixRMaj y = Fixtures.gaussian(6, 2, 1, 8);
        DataDecomposition data = DataDecomposition.of(x, y);
        LinearNetwork net = Initializers.balanced(Fixtures.gaussian(15, 2, 1, 9), data, 30, 10, false);
        Reduction reduction = Reduction.of(net, data);
        assertEquals(2, reduction.k(), "rank of [V; U1] for a balanced network is m");
        ReducedGradientFlow flow = new ReducedGradientFlow(reduction, 1);
        double[] z = reduction.initialState();
        double[] dz = new double[z.length];
        FullMatrixReference full = new FullMatrixReference(x, y, net.u(), net.v());
        for (int step = 0; step < 25; step++) {
            flow.computeDerivatives(0, z, dz);
            for (int i = 0; i < z.length; i++) {
                z[i] += 0.05 * dz[i];
            }
            full.step(0.05, 1);
        }
        LinearNetwork last = reduction.networkAt(z, "");
        assertTrue(Fixtures.maxAbsDiff(last.u(), full.u.getDDRM()) < 1e-10);
        assertTrue(Fixtures.maxAbsDiff(last.v(), full.v.getDDRM()) < 1e-10);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void trainerDescentMatchesReferenceAndReportsIt(int n, int d, int m, int h, int rank, LossConvention loss) {
        DMatrixRMaj x = inputs(n, d, rank, 4);
        DMatrixRMaj y = Fixtures.gaussian(n, m, 1, 5);
        DataDecomposition data = DataDecomposition.of(x, y);
        LinearNetwork net = Initializers.gaussian(d, m, h, 0.5, 1, 1, 6);
        TrainingOptions options = TrainingOptions.descent(0.03, 40).withLoss(loss).withRecords(3);
        TrainingResult result = Trainer.train(net, data, options, Progress.NONE);
        FullMatrixReference full = new FullMatrixReference(x, y, net.u(), net.v());
        for (int i = 0; i < 40; i++) {
            full.step(0.03, loss.scale(n));
        }
        assertEquals(40, result.steps());
        assertTrue(Fixtures.maxAbsDiff(result.network().u(), full.u.getDDRM()) < 1e-10);
        TrajectoryPoint end = result.last();
        assertEquals(loss.fromSum(full.halfLoss(), n), end.loss(), 1e-10 * (1 + end.loss()));
        DMatrixRMaj diff = full.theta();
        org.ejml.dense.row.CommonOps_DDRM.subtractEquals(diff, data.minNormSolution());
        assertEquals(org.ejml.dense.row.NormOps_DDRM.normF(diff), end.distanceToMinNorm(), 1e-10);
        assertEquals(org.ejml.dense.row.NormOps_DDRM.normP2(diff), end.distanceToMinNormOp(), 1e-10);
    }
}
