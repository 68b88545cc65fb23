package org.lnet.engine.train;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.lnet.engine.network.Reduction;

/**
 * An estimate of the largest step at which gradient descent from a given start is stable. Descent with step eta is
 * stable near a minimizer when eta &lt; 2 / (g kappa), kappa the largest curvature of the loss there. Along the error
 * E = W^T Y - diag(s) B A^T the curvature is that of E -&gt; diag(s) B B^T diag(s) E + diag(s)^2 E A A^T, at most
 * kappa(A, B) = ||diag(s) B||_2^2 + s_1^2 ||A||_2^2 (the whole curvature at a minimizer, where E = 0).
 *
 * <p>The curvature grows toward the solution as the weights grow to fit the targets (on the paper's Figure 1 data
 * from 4.8 at the start to 30 at the limit, a stable step of 10.4 at the start against 1.6 at the end, while steps of
 * 3 already diverge). So the estimate takes the largest kappa met along the gradient flow from the same start, which
 * descent with a small step follows, until L - L* has fallen to {@link #RELATIVE_END} of its start (where kappa has
 * settled). It is an estimate: descent with a large step leaves the flow's path (its imbalance drifts), and the
 * bound on the curvature is not tight.
 */
final class StableStep {

    /** The flow is followed until L - L* is this fraction of its start, or for at most {@link #EVALUATIONS}. */
    static final double RELATIVE_END = 1e-6;
    static final int EVALUATIONS = 200_000;

    private StableStep() {
    }

    /** 2 / (g max kappa) over the gradient flow from the reduction's start, g the loss convention's gain. */
    static double estimate(Reduction reduction, double gain) {
        double[] z0 = reduction.initialState();
        double largest = curvature(reduction, z0);
        Observables observables = new Observables(reduction, gain, 0, false);
        double excess0 = observables.initialExcessLoss();
        if (!(excess0 > 0) || !(largest > 0)) {
            return 2 / (gain * largest);
        }
        // time in units of 1 / (g kappa_0); the flow settles well within 10^8 of them unless it stalls at a saddle
        double horizon = 1e8 / (gain * largest);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, horizon, 1e-10, 1e-7);
        integrator.setMaxEvaluations(EVALUATIONS);
        Path path = new Path(reduction, observables, largest, excess0);
        integrator.addStepHandler(path);
        integrator.addEventHandler(new EventHandler() {
            @Override
            public void init(double t0, double[] y0, double t) {
            }

            @Override
            public double g(double t, double[] y) {
                return observables.excessLoss(y) - RELATIVE_END * excess0;
            }

            @Override
            public Action eventOccurred(double t, double[] y, boolean increasing) {
                return increasing ? Action.CONTINUE : Action.STOP;
            }

            @Override
            public void resetState(double t, double[] y) {
            }
        }, horizon / 1000, 1e-9 * horizon, 100);
        try {
            integrator.integrate(new ReducedGradientFlow(reduction, gain), 0, z0.clone(), horizon, new double[z0.length]);
        } catch (MaxCountExceededException | NumberIsTooSmallException e) {
            // a flow that does not settle within the budget: the largest curvature seen so far is the estimate
        }
        return 2 / (gain * path.largest);
    }

    /** kappa(A, B) = ||diag(s) B||_2^2 + s_1^2 ||A||_2^2 at state z. */
    static double curvature(Reduction reduction, double[] z) {
        DMatrixRMaj a = reduction.a(z);
        DMatrixRMaj sb = reduction.b(z);
        double[] s = reduction.data().s();
        for (int i = 0; i < sb.numRows; i++) {
            for (int j = 0; j < sb.numCols; j++) {
                sb.set(i, j, s[i] * sb.get(i, j));
            }
        }
        double nb = NormOps_DDRM.normP2(sb);
        double na = NormOps_DDRM.normP2(a);
        return nb * nb + s[0] * s[0] * na * na;
    }

    /**
     * Evaluates kappa along the flow whenever the time has doubled or L - L* has halved since the last evaluation (an
     * SVD each, so a few dozen per run), and at the last step.
     */
    private static final class Path implements StepHandler {
        private final Reduction reduction;
        private final Observables observables;
        private double largest;
        private double lastTime;
        private double lastExcess;

        Path(Reduction reduction, Observables observables, double largest, double excess0) {
            this.reduction = reduction;
            this.observables = observables;
            this.largest = largest;
            this.lastExcess = excess0;
        }

        @Override
        public void init(double t0, double[] y0, double t) {
        }

        @Override
        public void handleStep(StepInterpolator interpolator, boolean isLast) {
            double t = interpolator.getCurrentTime();
            double[] z = interpolator.getInterpolatedState();
            double excess = observables.excessLoss(z);
            if (isLast || t >= 2 * lastTime || excess <= lastExcess / 2) {
                double kappa = curvature(reduction, z);
                if (Double.isFinite(kappa)) {
                    largest = Math.max(largest, kappa);
                }
                lastTime = t;
                lastExcess = excess;
            }
        }
    }
}
