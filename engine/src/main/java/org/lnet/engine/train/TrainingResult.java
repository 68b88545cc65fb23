package org.lnet.engine.train;

import java.util.List;
import org.lnet.engine.analysis.Imbalance;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Reduction;

/**
 * The outcome of a training run. The trained network is rebuilt from the reduced state only when asked for,
 * since for a wide explicit network that costs O(D h k) while everything else here is width-free.
 */
public final class TrainingResult {

    /** Why training ended. */
    public enum Stop { TOLERANCE, TIME, STEPS }

    private final Reduction reduction;
    private final double[] finalState;
    private final String how;
    private final TrainingOptions options;
    private final List<TrajectoryPoint> trajectory;
    private final long steps;
    private final long evaluations;
    private final Stop stop;
    private final Imbalance initialImbalance;
    private final double residualLoss;
    private final java.util.function.DoubleSupplier largestStableStep;
    private LinearNetwork network;

    TrainingResult(Reduction reduction, double[] finalState, String how, TrainingOptions options,
                   List<TrajectoryPoint> trajectory, long steps, long evaluations, Stop stop, Imbalance initialImbalance,
                   double residualLoss, java.util.function.DoubleSupplier largestStableStep) {
        this.reduction = reduction;
        this.finalState = finalState;
        this.how = how;
        this.options = options;
        this.trajectory = List.copyOf(trajectory);
        this.steps = steps;
        this.evaluations = evaluations;
        this.stop = stop;
        this.initialImbalance = initialImbalance;
        this.residualLoss = residualLoss;
        this.largestStableStep = largestStableStep;
    }

    /** The trained network, in the frame of the initial one. */
    public synchronized LinearNetwork network() {
        if (network == null) {
            network = reduction.networkAt(finalState, how);
        }
        return network;
    }

    public TrainingOptions options() {
        return options;
    }

    /** Recorded points, first at t = 0 and last at the end. */
    public List<TrajectoryPoint> trajectory() {
        return trajectory;
    }

    /** The last recorded point (the final state). */
    public TrajectoryPoint last() {
        return trajectory.get(trajectory.size() - 1);
    }

    /** Gradient-descent steps taken (0 for the flow). */
    public long steps() {
        return steps;
    }

    /** Derivative evaluations of the flow integrator (0 for descent). */
    public long evaluations() {
        return evaluations;
    }

    public Stop stop() {
        return stop;
    }

    /** The imbalance of the initial network, with Theorem 1's c. */
    public Imbalance initialImbalance() {
        return initialImbalance;
    }

    /** L* in the run's loss convention. */
    public double residualLoss() {
        return residualLoss;
    }

    /**
     * For descent, an estimate of the largest stable step: 2 / (g times the largest curvature of the loss along the
     * gradient flow from the same start), computed on first call. NaN for the flow.
     */
    public double largestStableStep() {
        return largestStableStep.getAsDouble();
    }
}
