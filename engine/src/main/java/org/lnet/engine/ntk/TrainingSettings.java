package org.lnet.engine.ntk;

import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;

/**
 * How {@link WideNetworkTrainer} runs gradient descent W &lt;- W - lr dL/dW. It stops once L &lt;= {@code tolerance}
 * (in the chosen loss convention) or after {@code maxSteps} steps. Parameter names in messages are those of the
 * command line (lr, steps, tol, loss, records).
 *
 * @param learningRate the step lr &gt; 0; ignored when {@code autoLearningRate}
 * @param autoLearningRate use lr = 1 / (g lambda_max(K(0))), g the loss convention's gradient factor: the linearized
 *                         model's stable steps are those below 2 / (g lambda_max), and this one, half of that limit,
 *                         removes the stiffest error component in one step
 * @param records how many trajectory records to keep besides the first and the last (0 = those two only), spaced
 *                geometrically in the step count between 1 and {@code maxSteps}
 */
public record TrainingSettings(double learningRate, boolean autoLearningRate, long maxSteps, double tolerance,
                               LossConvention loss, int records) implements java.io.Serializable {

    /** Admissible fixed steps lr. */
    public static final Checks.Range STEP_RANGE = Checks.Range.POSITIVE;
    /** Admissible stop tolerances on L (L* = 0 for an interpolating network). */
    public static final Checks.Range TOLERANCE_RANGE = Checks.Range.NON_NEGATIVE;

    /** Admissible step limits (a host may cap them lower). */
    public static final Checks.Range STEPS_RANGE = Checks.Range.COUNT;
    /** Admissible numbers of trajectory records. */
    public static final Checks.Range RECORDS_RANGE = Checks.Range.COUNT_OR_NONE;

    public static final long DEFAULT_STEPS = 100_000;
    public static final double DEFAULT_TOLERANCE = 1e-9;
    public static final int DEFAULT_RECORDS = 100;

    /** Automatic step, sum loss, default steps, tolerance and records. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(Double.NaN, true, DEFAULT_STEPS, DEFAULT_TOLERANCE, LossConvention.SUM, DEFAULT_RECORDS);
    }

    /** A fixed step lr. */
    public TrainingSettings withLearningRate(double lr) {
        return new TrainingSettings(lr, false, maxSteps, tolerance, loss, records);
    }

    /** The automatic step 1 / (g lambda_max(K(0))). */
    public TrainingSettings withAutoLearningRate() {
        return new TrainingSettings(Double.NaN, true, maxSteps, tolerance, loss, records);
    }

    public TrainingSettings withMaxSteps(long steps) {
        return new TrainingSettings(learningRate, autoLearningRate, steps, tolerance, loss, records);
    }

    public TrainingSettings withTolerance(double tol) {
        return new TrainingSettings(learningRate, autoLearningRate, maxSteps, tol, loss, records);
    }

    public TrainingSettings withLoss(LossConvention l) {
        return new TrainingSettings(learningRate, autoLearningRate, maxSteps, tolerance, l, records);
    }

    public TrainingSettings withRecords(int n) {
        return new TrainingSettings(learningRate, autoLearningRate, maxSteps, tolerance, loss, n);
    }

    /** Throws with a message naming the parameter if a setting is out of range; returns this. */
    public TrainingSettings validate() {
        if (!autoLearningRate) {
            STEP_RANGE.check("lr", learningRate);
        }
        STEPS_RANGE.check("steps", maxSteps);
        TOLERANCE_RANGE.check("tol", tolerance);
        RECORDS_RANGE.check("records", (long) records);
        if (loss == null) {
            throw new InvalidInputException("loss", "Parameter 'loss' is missing: choose 'sum' or 'mean'.");
        }
        return this;
    }

    /** The step to use for this problem: the fixed one, or the automatic one from K(0)'s largest eigenvalue. */
    public double learningRateFor(LinearizedSolution linearized) {
        return autoLearningRate ? 1 / (gain(linearized) * linearized.largestEigenvalue()) : learningRate;
    }

    /** The linearized model's stability limit 2 / (g lambda_max(K(0))) for this loss convention. */
    public double stabilityLimit(LinearizedSolution linearized) {
        return 2 / (gain(linearized) * linearized.largestEigenvalue());
    }

    private double gain(LinearizedSolution linearized) {
        return loss.scale(linearized.targetsView().length);
    }
}
