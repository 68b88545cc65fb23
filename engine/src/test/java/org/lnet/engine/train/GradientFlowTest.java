package org.lnet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.lnet.engine.CancelledException;
import org.lnet.engine.Fixtures;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;

class GradientFlowTest {

    private static final int N = 6;
    private static final int D = 15;
    private static final int M = 2;

    private static DataDecomposition data() {
        return DataDecomposition.of(Fixtures.gaussian(N, D, 1 / Math.sqrt(D), 11), Fixtures.gaussian(N, M, 1, 12));
    }

    @Test
    void scalarBalancedFlowFollowsTheLogisticClosedForm() {
        // x = 1, y = 2, u(0) = v(0) = 0.1: w = u v = u^2 solves w' = 2 (y - w) w, a logistic curve
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{2}});
        LinearNetwork net = Initializers.user(new DMatrixRMaj(new double[][] {{0.1}}), new DMatrixRMaj(new double[][] {{0.1}}));
        TrainingResult result = Trainer.train(net, DataDecomposition.of(x, y),
            TrainingOptions.flow(3).withRecords(30).withIntegratorTolerances(1e-12, 1e-14), Progress.NONE);
        for (TrajectoryPoint p : result.trajectory()) {
            double w = 2 / (1 + (2 / 0.01 - 1) * Math.exp(-4 * p.t()));
            double loss = 0.5 * (2 - w) * (2 - w);
            // rtol 1e-12 on an O(1) state: the loss is right to ~1e-11 absolute
            assertEquals(loss, p.loss(), 1e-10, "t = " + p.t());
        }
    }

    @Test
    void imbalanceIsConservedAndTheorem1BoundHolds() {
        DataDecomposition data = data();
        LinearNetwork net = Initializers.gaussian(D, M, 40, 0.5, 1.5, 0.7, 13);
        TrainingResult result = Trainer.train(net, data,
            TrainingOptions.flow(60).withRecords(200).withIntegratorTolerances(1e-12, 1e-14), Progress.NONE);
        assertTrue(result.initialImbalance().c() > 0.1, "c = " + result.initialImbalance().c());
        double excess0 = result.trajectory().get(0).excessLoss();
        for (TrajectoryPoint p : result.trajectory()) {
            assertTrue(p.imbalanceDrift() <= 1e-9, "drift " + p.imbalanceDrift() + " at t = " + p.t());
            // floor: the integrator's absolute accuracy on the loss, ~1e3 ulps of L(0)
            double floor = 1e-13 * excess0;
            assertTrue(p.excessLoss() <= p.theorem1Bound() + floor,
                "L - L* = " + p.excessLoss() + " above the bound " + p.theorem1Bound() + " at t = " + p.t());
        }
        assertTrue(result.last().excessLoss() < 1e-6 * excess0, "the flow converged");
    }

    @Test
    void invariantSetInitializationConvergesToTheMinNormSolution() {
        DataDecomposition data = data();
        LinearNetwork random = Initializers.gaussian(D, M, 30, 0.5, 1, 1, 14);
        LinearNetwork invariant = Initializers.invariantSet(random, data);
        TrainingOptions options = TrainingOptions.flow(400).withTolerance(1e-24).withIntegratorTolerances(1e-12, 1e-16);
        TrainingResult fromInvariant = Trainer.train(invariant, data, options, Progress.NONE);
        assertEquals(TrainingResult.Stop.TOLERANCE, fromInvariant.stop());
        assertTrue(fromInvariant.last().distanceToMinNorm() <= 1e-9, "distance " + fromInvariant.last().distanceToMinNorm());
        assertTrue(fromInvariant.last().u2vNorm() <= 1e-12);
        // the same network without the projection converges too, but to Theta_hat + Phi2 U2(0) V(inf)^T (14)
        TrainingResult fromRandom = Trainer.train(random, data, options, Progress.NONE);
        assertTrue(fromRandom.last().excessLoss() <= 1e-20);
        assertEquals(fromRandom.last().u2vNorm(), fromRandom.last().distanceToMinNorm(), 1e-9);
        assertTrue(fromRandom.last().distanceToMinNorm() > 1e-3);
    }

    @Test
    void meanLossFlowIsTheSumLossFlowWithTimeScaledByTwoOverN() {
        DataDecomposition data = data();
        LinearNetwork net = Initializers.gaussian(D, M, 25, 0.5, 1, 1, 15);
        double t = 5;
        TrainingResult mean = Trainer.train(net, data, TrainingOptions.flow(t).withLoss(LossConvention.MEAN)
            .withIntegratorTolerances(1e-12, 1e-14), Progress.NONE);
        TrainingResult sum = Trainer.train(net, data, TrainingOptions.flow(2 * t / N)
            .withIntegratorTolerances(1e-12, 1e-14), Progress.NONE);
        // two integrations at rtol 1e-12 of the same curve: agree to ~1e-10
        assertTrue(Fixtures.maxAbsDiff(mean.network().theta(), sum.network().theta()) < 1e-10);
        assertEquals(2.0 / N * sum.last().loss(), mean.last().loss(), 1e-10);
        assertEquals(sum.initialImbalance().c(), mean.initialImbalance().c(), 0);
    }

    @Test
    void smallStepDescentApproachesTheFlow() {
        DataDecomposition data = data();
        LinearNetwork net = Initializers.gaussian(D, M, 20, 0.5, 1, 1, 16);
        TrainingResult flow = Trainer.train(net, data, TrainingOptions.flow(2).withIntegratorTolerances(1e-12, 1e-14), Progress.NONE);
        double previous = Double.POSITIVE_INFINITY;
        for (double eta : new double[] {1e-2, 1e-3, 1e-4}) {
            TrainingResult gd = Trainer.train(net, data, TrainingOptions.descent(eta, Long.MAX_VALUE).withTime(2), Progress.NONE);
            double gap = Fixtures.maxAbsDiff(gd.network().theta(), flow.network().theta());
            // Euler's global error is O(eta): ten times smaller step, about ten times smaller gap
            assertTrue(gap < previous / 5, "eta " + eta + " gap " + gap + " previous " + previous);
            previous = gap;
        }
        assertTrue(previous < 1e-3);
    }

    @Test
    void descentDivergenceNamesTheStepAndItsLimit() {
        DataDecomposition data = data();
        LinearNetwork net = Initializers.gaussian(D, M, 20, 0.5, 1, 1, 17);
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> Trainer.train(net, data, TrainingOptions.descent(50, 1000), Progress.NONE));
        assertEquals("lr", e.subject());
        assertTrue(e.getMessage().contains("largest stable step"), e.getMessage());
    }

    @Test
    void cancellationStopsDescentAndFlow() {
        DataDecomposition data = data();
        LinearNetwork net = Initializers.gaussian(D, M, 20, 0.5, 1, 1, 18);
        AtomicInteger checks = new AtomicInteger();
        Progress cancelSoon = new Progress() {
            @Override
            public void checkCanceled() {
                if (checks.incrementAndGet() > 3) {
                    throw new CancelledException();
                }
            }

            @Override
            public void report(double fraction, String message) {
            }
        };
        assertThrows(CancelledException.class,
            () -> Trainer.train(net, data, TrainingOptions.descent(0.01, 1_000_000), cancelSoon));
        checks.set(0);
        assertThrows(CancelledException.class,
            () -> Trainer.train(net, data, TrainingOptions.flow(1e6), cancelSoon));
    }
}
