package org.lnet.engine.ntk;

import java.util.List;

/**
 * The outcome of {@link WideNetworkTrainer#train}.
 *
 * @param network the trained network W(T)
 * @param linearized the min-norm solution of the linearization at W(0) that the run is compared with
 * @param learningRate the step used (the automatic one when the settings asked for it)
 * @param steps gradient-descent steps taken
 * @param stop why training ended
 * @param trajectory records from step 0 to the last step, in order
 * @param testPredictions f(x; W(T)) at the test inputs (empty when there are none)
 * @param linearizedTestPredictions f_lin(x) at the test inputs (empty when there are none)
 */
public record TrainingResult(WideNetwork network, LinearizedSolution linearized, TrainingSettings settings, double learningRate,
                             long steps, Stop stop, List<TrajectoryRecord> trajectory, double[] testPredictions,
                             double[] linearizedTestPredictions) {

    /** Why training ended: the loss reached the tolerance, or the step limit came first. */
    public enum Stop { TOLERANCE, STEPS }

    public TrainingResult {
        trajectory = List.copyOf(trajectory);
    }

    /** The last record, at W(T). */
    public TrajectoryRecord last() {
        return trajectory.get(trajectory.size() - 1);
    }

    /** Whether the loss reached the tolerance. */
    public boolean converged() {
        return stop == Stop.TOLERANCE;
    }
}
