package org.lnet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.Sampling;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.data.SyntheticData;
import org.lnet.engine.experiment.Figure1;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Reduction;

/**
 * Figure 1's default step is "a fixed small step" in the paper's sense: gradient descent with it ends where the exact
 * gradient flow (which the theorems are about) ends, up to a first-order discretization error; and the stability
 * estimate of a divergence message is a step that is stable for the run.
 */
@Tag("slow")
class DescentTracksFlowTest {

    private static final Figure1 FIGURE = Figure1.defaults(false);
    private static final SyntheticData.Pair PAIR = FIGURE.pair();
    private static final DataDecomposition DATA = FIGURE.data();
    private static final long WIDTH = 500;
    private static final double GAIN = LossConvention.MEAN.scale(FIGURE.n());
    private static final double TOL = FIGURE.sweep().tolerance();

    private static LinearNetwork network(int run) {
        return Initializers.gaussian(FIGURE.d(), FIGURE.m(), WIDTH, FIGURE.sweep().alpha(), 1, 1,
            Sampling.derive(FIGURE.sweep().seed(), WIDTH, run));
    }

    private static TrainingResult descent(Reduction r, double eta) {
        return Trainer.train(r, TrainingOptions.descent(eta, 100_000).withLoss(LossConvention.MEAN).withTolerance(TOL)
            .withRecords(0), Progress.NONE);
    }

    private static TrainingResult flow(Reduction r) {
        return Trainer.train(r, TrainingOptions.flow(1e4).withLoss(LossConvention.MEAN).withTolerance(TOL).withRecords(0),
            Progress.NONE);
    }

    /**
     * Descent at the default step ends within 1% of the flow's distance (measured 0.16% and 0.12% for these two runs:
     * the run-to-run spread of the distance at h = 500 is 4%), and the gap is the discretization error of a
     * first-order method: halving the step halves it (ratio within 10% of 2, the next-order terms being O(eta^2)).
     */
    @Test
    void defaultStepEndsWhereTheFlowEndsUpToAFirstOrderError() {
        double eta = Figure1.DEFAULT_STEP;
        for (int run = 0; run < 2; run++) {
            Reduction r = Reduction.of(network(run), DATA);
            TrainingResult flow = flow(r);
            TrainingResult full = descent(r, eta);
            TrainingResult half = descent(r, eta / 2);
            assertEquals(TrainingResult.Stop.TOLERANCE, flow.stop());
            assertEquals(TrainingResult.Stop.TOLERANCE, full.stop());
            double d = flow.last().distanceToMinNorm();
            double gap = (full.last().distanceToMinNorm() - d) / d;
            double halfGap = (half.last().distanceToMinNorm() - d) / d;
            assertTrue(Math.abs(gap) < 0.01, "run " + run + ": descent ends " + gap + " (relative) from the flow");
            assertEquals(2, gap / halfGap, 0.2, "run " + run + ": gap " + gap + " at eta, " + halfGap + " at eta/2");
        }
    }

    /**
     * The engine's descent is the paper's descent: the same run written plainly on the full matrices (R = Y - XUV^T,
     * U += eta g X^T R V, V += eta g R^T X U) stops after the same number of steps at the same distance, so the gap
     * above is measured for the paper's algorithm, not only for the reduced coordinates.
     */
    @Test
    void fullMatrixDescentAtTheDefaultStepMatchesTheEngine() {
        LinearNetwork net = network(0);
        TrainingResult engine = descent(Reduction.of(net, DATA), Figure1.DEFAULT_STEP);
        FullMatrixReference plain = new FullMatrixReference(PAIR.x(), PAIR.y(), net.u(), net.v());
        double residual = DATA.residualLoss();
        long steps = 0;
        while (GAIN * (plain.halfLoss() - residual) > TOL) {
            plain.step(Figure1.DEFAULT_STEP, GAIN);
            steps++;
        }
        assertEquals(engine.steps(), steps, "the same stopping step");
        DMatrixRMaj diff = plain.theta();
        CommonOps_DDRM.subtractEquals(diff, DATA.minNormSolution());
        double d = NormOps_DDRM.normF(diff);
        // both sum ~230 steps of O(1) updates in double: agreement to ~1e-12 relative, 1e-9 leaves room
        assertEquals(d, engine.last().distanceToMinNorm(), 1e-9 * d);
    }

    /**
     * The estimate of the largest stable step is on the stable side: descent at 95% of it converges. It is far below
     * the start's estimate 2 / (g kappa(0)) (10.4 here), which is not stable: steps of 3 do not converge. And it is not
     * needlessly small: the exact largest curvature of the loss at the flow's limit (a minimizer, where the curvature
     * is that of E -&gt; diag(s) B B^T diag(s) E + diag(s)^2 E A A^T, computed here by power iteration) allows a step
     * at most 1.5 times the estimate.
     */
    @Test
    void stableStepEstimateIsStableAndNotFarBelowTheLimitsCurvature() {
        Reduction r = Reduction.of(network(0), DATA);
        double estimate = StableStep.estimate(r, GAIN);
        double atStart = 2 / (GAIN * StableStep.curvature(r, r.initialState()));
        assertTrue(estimate < atStart / 4, estimate + " against " + atStart + " from the start");
        assertEquals(TrainingResult.Stop.TOLERANCE, descent(r, 0.95 * estimate).stop());
        assertNotEquals(TrainingResult.Stop.TOLERANCE, descentOrDivergence(r, 3));
        double[] limit = flowState(r);
        double exact = 2 / (GAIN * largestCurvature(r, limit));
        assertTrue(estimate <= exact && exact <= 1.5 * estimate, "estimate " + estimate + ", exact at the limit " + exact);
        assertTrue(estimate > 2 * Figure1.DEFAULT_STEP, "the default step is small: " + estimate);
    }

    /** The divergence message gives the estimate and says it is one. */
    @Test
    void divergenceMessageGivesTheEstimateAsAnEstimate() {
        Reduction r = Reduction.of(network(0), DATA);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> descent(r, 20));
        String estimate = String.format(java.util.Locale.ROOT, "%.3g", StableStep.estimate(r, GAIN));
        assertTrue(e.getMessage().contains("estimated at " + estimate) && e.getMessage().contains("an estimate"),
            e.getMessage());
    }

    private static TrainingResult.Stop descentOrDivergence(Reduction r, double eta) {
        try {
            return Trainer.train(r, TrainingOptions.descent(eta, 20_000).withLoss(LossConvention.MEAN).withTolerance(TOL)
                .withRecords(0), Progress.NONE).stop();
        } catch (InvalidInputException diverged) {
            return null;
        }
    }

    private static double[] flowState(Reduction r) {
        double[] z = r.initialState();
        double[] out = new double[z.length];
        new org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator(1e-12, 10, 1e-12, 1e-10)
            .integrate(new ReducedGradientFlow(r, GAIN), 0, z, 200, out);
        return out;
    }

    /** lambda_max of G -&gt; S B B^T S G + S^2 G A A^T (r x m matrices G) by power iteration. */
    private static double largestCurvature(Reduction r, double[] z) {
        DMatrixRMaj a = r.a(z);
        DMatrixRMaj b = r.b(z);
        double[] s = r.data().s();
        int rank = b.numRows;
        int m = a.numRows;
        DMatrixRMaj sb = b.copy();
        for (int i = 0; i < rank; i++) {
            for (int j = 0; j < sb.numCols; j++) {
                sb.set(i, j, s[i] * sb.get(i, j));
            }
        }
        DMatrixRMaj left = new DMatrixRMaj(rank, rank);
        CommonOps_DDRM.multTransB(sb, sb, left);
        DMatrixRMaj right = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransB(a, a, right);
        DMatrixRMaj g = new DMatrixRMaj(rank, m);
        g.fill(1);
        double lambda = 0;
        for (int it = 0; it < 5000; it++) {
            DMatrixRMaj next = new DMatrixRMaj(rank, m);
            CommonOps_DDRM.mult(left, g, next);
            DMatrixRMaj gr = new DMatrixRMaj(rank, m);
            CommonOps_DDRM.mult(g, right, gr);
            for (int i = 0; i < rank; i++) {
                for (int j = 0; j < m; j++) {
                    next.add(i, j, s[i] * s[i] * gr.get(i, j));
                }
            }
            lambda = NormOps_DDRM.normF(next) / NormOps_DDRM.normF(g);
            CommonOps_DDRM.scale(1 / NormOps_DDRM.normF(next), next);
            g = next;
        }
        return lambda;
    }
}
