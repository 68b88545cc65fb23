package org.lnet.engine.train;

import java.util.List;
import org.lnet.engine.analysis.Imbalance;
import org.lnet.engine.network.LinearNetwork;

/**
 * The outcome of a training run.
 *
 * @param network the trained network, in the frame of the initial one
 * @param trajectory recorded points, first at t = 0 and last at the end
 * @param steps gradient-descent steps taken (0 for the flow)
 * @param evaluations derivative evaluations of the flow integrator (0 for descent)
 * @param stop why the run ended
 * @param initialImbalance the imbalance of the initial network and Theorem 1's c
 * @param residualLoss L* in the run's loss convention
 * @param largestStableStep for descent, about 2 / (largest curvature) at the start: steps above it diverge
 */
public record TrainingResult(LinearNetwork network, TrainingOptions options, List<TrajectoryPoint> trajectory,
                             long steps, long evaluations, Stop stop, Imbalance initialImbalance, double residualLoss,
                             double largestStableStep) {

    /** Why training ended. */
    public enum Stop { TOLERANCE, TIME, STEPS }

    /** The last recorded point (the final state). */
    public TrajectoryPoint last() {
        return trajectory.get(trajectory.size() - 1);
    }
}
