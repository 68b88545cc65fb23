package org.lnet.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.engine.analysis.Imbalance;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Reduction;

/**
 * Trains a network on data by gradient flow (Dormand-Prince 8(5,3) with dense output) or gradient descent,
 * in reduced coordinates: each step costs O(r m k) whatever the width and input dimension.
 */
public final class Trainer {

    /** Descent counts as diverged once L - L* exceeds this multiple of its starting value. */
    static final double DIVERGENCE_FACTOR = 1e8;

    private Trainer() {
    }

    public static TrainingResult train(LinearNetwork network, DataDecomposition data, TrainingOptions options,
                                       Progress progress) {
        options.validate();
        progress.report(0, "reducing the network to the data's row space");
        Reduction reduction = Reduction.of(network, data);
        progress.checkCanceled();
        return train(reduction, options, progress);
    }

    /** Trains from an already reduced network (reuse one reduction for several runs). */
    public static TrainingResult train(Reduction reduction, TrainingOptions options, Progress progress) {
        options.validate();
        Imbalance imbalance = Imbalance.of(reduction);
        double gain = options.loss().scale(reduction.data().samples());
        Observables observables = new Observables(reduction, gain, imbalance.c(), options.records() > 0);
        return options.method() == TrainingOptions.Method.FLOW
            ? flow(reduction, options, progress, imbalance, observables, gain)
            : descent(reduction, options, progress, imbalance, observables, gain);
    }

    private static TrainingResult flow(Reduction reduction, TrainingOptions options, Progress progress,
                                       Imbalance imbalance, Observables observables, double gain) {
        double horizon = options.time();
        double[] z = reduction.initialState();
        ReducedGradientFlow equations = new ReducedGradientFlow(reduction, gain);
        TrajectoryRecorder recorder = new TrajectoryRecorder(observables, horizon, options.records(), progress);
        String how = String.format(Locale.ROOT, "gradient flow, %s loss, T = %g", options.loss().key(), horizon);
        if (observables.initialExcessLoss() <= options.tolerance()) {
            recorder.init(0, z, horizon);
            return result(reduction, options, recorder.finish(0, z), 0, 0, TrainingResult.Stop.TOLERANCE, imbalance,
                observables, () -> Double.NaN, how + " (already within tol)", z);
        }
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, horizon, options.atol(), options.rtol());
        integrator.setMaxEvaluations((int) Math.min(Integer.MAX_VALUE, options.maxEvaluations()));
        integrator.addStepHandler(recorder);
        ExcessLossStop stop = null;
        if (options.tolerance() > 0) {
            stop = new ExcessLossStop(observables, options.tolerance());
            integrator.addEventHandler(stop, horizon / 100, 1e-12 * horizon, 200);
        }
        double[] end = new double[z.length];
        double tEnd;
        try {
            tEnd = integrator.integrate(equations, 0, z, horizon, end);
        } catch (MaxCountExceededException e) {
            throw new InvalidInputException("time", "Gradient flow needed more than " + options.maxEvaluations()
                + " derivative evaluations before reaching T = " + horizon
                + ": shorten 'time', loosen 'rtol'/'atol', or use gradient descent.");
        } catch (NumberIsTooSmallException e) {
            throw new InvalidInputException("rtol", "The flow integrator's step became too small (" + e.getMessage()
                + "): loosen 'rtol'/'atol' or scale the initial weights down.");
        }
        TrainingResult.Stop why = stop != null && stop.reached() ? TrainingResult.Stop.TOLERANCE : TrainingResult.Stop.TIME;
        return result(reduction, options, recorder.finish(tEnd, end), 0, integrator.getEvaluations(), why, imbalance,
            observables, () -> Double.NaN, how, end);
    }

    private static TrainingResult descent(Reduction reduction, TrainingOptions options, Progress progress,
                                          Imbalance imbalance, Observables observables, double gain) {
        double eta = options.learningRate();
        double[] z = reduction.initialState();
        java.util.function.DoubleSupplier stable = stableStep(reduction, gain);
        List<TrajectoryPoint> points = new ArrayList<>();
        points.add(observables.at(0, 0, z));
        End end = descend(reduction, options, progress, gain, observables.initialExcessLoss(), stable, z,
            (step, state) -> points.add(observables.at(eta * step, step, state)));
        long step = end.steps();
        if (points.get(points.size() - 1).step() != step) {
            points.add(observables.at(eta * step, step, z));
        }
        String how = String.format(Locale.ROOT, "gradient descent, %s loss, lr = %g, %d steps", options.loss().key(), eta, step);
        return result(reduction, options, points, step, 0, end.stop(), imbalance, observables, stable, how, z);
    }

    /**
     * Gradient descent to the end, without a trajectory.
     *
     * @param state the final state [A; B] (new array)
     * @param steps the steps taken
     * @param stop why it stopped
     * @param loss L at the final state, in the options' loss convention
     */
    public record Descent(double[] state, long steps, TrainingResult.Stop stop, double loss) {
    }

    /**
     * Gradient descent from the reduction's initial state until L - L* &lt;= tol or the step limit, computing nothing
     * but the steps: no imbalance, no Theorem 1 bound, no records (options with records = 0). What a width sweep
     * needs, which reports distances at the two ends only ({@link org.lnet.engine.analysis.MinNormDistance}); the
     * steps, the stop and the final state are those of {@link #train} with the same options, bit for bit.
     */
    public static Descent descend(Reduction reduction, TrainingOptions options, Progress progress) {
        options.validate();
        if (options.method() != TrainingOptions.Method.DESCENT || options.records() != 0) {
            throw new IllegalArgumentException("descend runs gradient descent without records: " + options);
        }
        double gain = options.loss().scale(reduction.data().samples());
        ReducedGradientFlow flow = new ReducedGradientFlow(reduction, gain);
        double[] z = reduction.initialState();
        End end = descend(reduction, options, progress, gain, gain * flow.halfErrorSq(z), stableStep(reduction, gain), z,
            (step, state) -> { });
        double loss = gain * reduction.data().residualLoss() + gain * flow.halfErrorSq(z);
        return new Descent(z, end.steps(), end.stop(), loss);
    }

    /** The largest stable step's estimate, a short flow integration with a few dozen SVDs: made only when asked. */
    private static java.util.function.DoubleSupplier stableStep(Reduction reduction, double gain) {
        return () -> StableStep.estimate(reduction, gain);
    }

    /** Where the loop ended: the steps taken and why. */
    private record End(long steps, TrainingResult.Stop stop) {
    }

    /** Called with the state at the record interval. */
    private interface Recorder {
        void record(long step, double[] state);
    }

    /**
     * The descent loop, on z in place: stops at the tolerance, the step limit or the time budget; refuses a
     * divergence with the largest stable step's estimate; reports progress every 64 steps and hands the state to
     * the recorder at the options' record interval.
     *
     * @param excess0 L(0) - L*, the scale of the divergence test
     * @param stable the largest stable step's estimate, which a divergence message states
     */
    private static End descend(Reduction reduction, TrainingOptions options, Progress progress, double gain,
                               double excess0, java.util.function.DoubleSupplier stable, double[] z, Recorder recorder) {
        double eta = options.learningRate();
        long byTime = Double.isInfinite(options.time()) ? Long.MAX_VALUE : (long) Math.ceil(options.time() / eta - 1e-9);
        long lastStep = Math.min(options.maxSteps(), byTime);
        long every = options.records() == 0 ? Long.MAX_VALUE : Math.max(1, lastStep / (options.records() + 1));
        DescentStep kernel = new DescentStep(reduction, gain);
        kernel.load(z);
        double blowUp = DIVERGENCE_FACTOR * Math.max(excess0, Double.MIN_NORMAL);
        TrainingResult.Stop why;
        long step = 0;
        while (true) {
            double excess = gain * kernel.error();
            if (!Double.isFinite(excess) || excess > blowUp) {
                double estimate = stable.getAsDouble();
                throw new InvalidInputException(InvalidInputException.Kind.SETTING, "lr", new long[0], -1,
                    "parameter 'lr'", String.format(Locale.ROOT,
                        "Gradient descent diverged at step %d (L - L* grew from %.3g to %.3g): ", step, excess0, excess),
                    String.format(Locale.ROOT, "= %s is too large. The largest stable step for this run is estimated "
                        + "at %.3g (2 / the largest curvature of the loss along the gradient flow from this start; the "
                        + "curvature grows toward the solution). It is an estimate, not a guarantee", eta, estimate),
                    String.format(Locale.ROOT, "use a smaller step, e.g. %.2g", estimate / 2));
            }
            if (excess <= options.tolerance()) {
                why = TrainingResult.Stop.TOLERANCE;
                break;
            }
            if (step >= lastStep) {
                why = step >= byTime ? TrainingResult.Stop.TIME : TrainingResult.Stop.STEPS;
                break;
            }
            kernel.advance(eta);
            step++;
            if ((step & 63) == 0) {
                progress.checkCanceled();
                progress.report((double) step / lastStep, "gradient descent step " + step + " of at most " + lastStep);
            }
            if (step % every == 0 && step < lastStep) {
                kernel.store(z);
                recorder.record(step, z);
            }
        }
        kernel.store(z);
        return new End(step, why);
    }

    /**
     * The estimate of the largest stable gradient-descent step from this start (what a divergence message states):
     * 2 / (g times the largest curvature of the loss along the gradient flow from the same start), g the convention's
     * gain. An estimate, on the stable side of the flow's path; see {@link StableStep}.
     */
    public static double largestStableStep(LinearNetwork network, DataDecomposition data, org.lnet.engine.LossConvention loss) {
        return StableStep.estimate(Reduction.of(network, data), loss.scale(data.samples()));
    }

    private static TrainingResult result(Reduction reduction, TrainingOptions options, List<TrajectoryPoint> points,
                                         long steps, long evaluations, TrainingResult.Stop why, Imbalance imbalance,
                                         Observables observables, java.util.function.DoubleSupplier stable, String how,
                                         double[] state) {
        return new TrainingResult(reduction, state, how, options, points, steps, evaluations, why, imbalance,
            observables.residualLoss(), stable);
    }
}
