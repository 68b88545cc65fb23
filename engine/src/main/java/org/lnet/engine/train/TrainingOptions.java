package org.lnet.engine.train;

import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;

/**
 * How to train. Gradient flow runs to the horizon {@code time}; gradient descent with step {@code learningRate}
 * stops after {@code maxSteps} steps, or once eta * step reaches {@code time} if that is finite, whichever
 * comes first. Both stop early once L - L* &lt;= {@code tolerance} (0 = never). Parameter names in messages
 * are those of the command line (time, lr, steps, tol, rtol, atol, records).
 *
 * @param records how many trajectory points to keep besides the start and the end (0 = start and end only)
 */
public record TrainingOptions(Method method, LossConvention loss, double time, double learningRate, long maxSteps,
                              double tolerance, double rtol, double atol, int records, long maxEvaluations) {

    /** Continuous-time gradient flow or discrete gradient descent. */
    public enum Method implements org.lnet.engine.Choice {
        FLOW("flow", "gradient flow dU/dt = -∇_U L, dV/dt = -∇_V L, integrated by Dormand-Prince 8(5,3)"),
        DESCENT("gd", "gradient descent U <- U - η ∇_U L, V <- V - η ∇_V L with a fixed step η");

        private final String key;
        private final String description;

        Method(String key, String description) {
            this.key = key;
            this.description = description;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public java.util.List<String> aliases() {
            return this == DESCENT ? java.util.List.of("descent") : java.util.List.of();
        }

        /** "flow", or "gd"/"descent" (any case). */
        public static Method parse(String parameter, String text) {
            return org.lnet.engine.Choice.parse(Method.class, parameter, text);
        }
    }

    /** Admissible time horizons T (flow). */
    public static final Checks.Range TIME_RANGE = Checks.Range.POSITIVE;
    /** Admissible steps η (descent). */
    public static final Checks.Range STEP_RANGE = Checks.Range.POSITIVE;
    /** Admissible stop tolerances on L - L*. */
    public static final Checks.Range TOLERANCE_RANGE = Checks.Range.NON_NEGATIVE;
    /** Admissible relative tolerances of the integrator. */
    public static final Checks.Range RTOL_RANGE = Checks.Range.UNIT_OPEN;
    /** Admissible absolute tolerances of the integrator. */
    public static final Checks.Range ATOL_RANGE = Checks.Range.POSITIVE;

    public static final double DEFAULT_RTOL = 1e-10;
    public static final double DEFAULT_ATOL = 1e-12;
    public static final int DEFAULT_RECORDS = 100;
    /** Most trajectory points a run keeps: each is a row of a table (and an object in memory). */
    public static final int MAX_RECORDS = 1_000_000;
    public static final long DEFAULT_STEPS = 10_000;
    /** Admissible step counts of gradient descent (a host may cap them lower). */
    public static final Checks.Range STEPS_RANGE = Checks.Range.COUNT;
    /** Admissible numbers of recorded trajectory points. */
    public static final Checks.Range RECORDS_RANGE = Checks.Range.between(0, MAX_RECORDS);
    public static final long DEFAULT_MAX_EVALUATIONS = 20_000_000;

    /** Gradient flow to horizon T, sum loss, default tolerances. */
    public static TrainingOptions flow(double time) {
        return new TrainingOptions(Method.FLOW, LossConvention.SUM, time, Double.NaN, 0, 0, DEFAULT_RTOL, DEFAULT_ATOL,
            DEFAULT_RECORDS, DEFAULT_MAX_EVALUATIONS);
    }

    /** Gradient descent with step eta for at most maxSteps steps, sum loss. */
    public static TrainingOptions descent(double learningRate, long maxSteps) {
        return new TrainingOptions(Method.DESCENT, LossConvention.SUM, Double.POSITIVE_INFINITY, learningRate, maxSteps,
            0, DEFAULT_RTOL, DEFAULT_ATOL, DEFAULT_RECORDS, DEFAULT_MAX_EVALUATIONS);
    }

    public TrainingOptions withLoss(LossConvention l) {
        return new TrainingOptions(method, l, time, learningRate, maxSteps, tolerance, rtol, atol, records, maxEvaluations);
    }

    public TrainingOptions withTolerance(double tol) {
        return new TrainingOptions(method, loss, time, learningRate, maxSteps, tol, rtol, atol, records, maxEvaluations);
    }

    public TrainingOptions withTime(double t) {
        return new TrainingOptions(method, loss, t, learningRate, maxSteps, tolerance, rtol, atol, records, maxEvaluations);
    }

    public TrainingOptions withIntegratorTolerances(double relative, double absolute) {
        return new TrainingOptions(method, loss, time, learningRate, maxSteps, tolerance, relative, absolute, records, maxEvaluations);
    }

    public TrainingOptions withRecords(int n) {
        return new TrainingOptions(method, loss, time, learningRate, maxSteps, tolerance, rtol, atol, n, maxEvaluations);
    }

    /** Throws with a message naming the parameter if any setting is out of range; returns this. */
    public TrainingOptions validate() {
        if (method == null) {
            throw new InvalidInputException("method", "Parameter 'method' is missing: choose 'flow' or 'gd'.");
        }
        if (loss == null) {
            throw new InvalidInputException("loss", "Parameter 'loss' is missing: choose 'sum' or 'mean'.");
        }
        TOLERANCE_RANGE.check("tol", tolerance);
        RECORDS_RANGE.check("records", records);
        if (method == Method.FLOW) {
            if (Double.isNaN(time) || Double.isInfinite(time)) {
                throw new InvalidInputException("time", "Gradient flow needs a finite time horizon: set 'time' (T > 0).");
            }
            TIME_RANGE.check("time", time);
            RTOL_RANGE.check("rtol", rtol);
            ATOL_RANGE.check("atol", atol);
            Checks.Range.COUNT.check("maxEvaluations", (long) maxEvaluations);
        } else {
            STEP_RANGE.check("lr", learningRate);
            STEPS_RANGE.check("steps", maxSteps);
            if (Double.isNaN(time) || time <= 0) {
                throw new InvalidInputException("time", "Parameter 'time' must be a positive number (or left unset for gradient descent), not " + time + ".");
            }
        }
        return this;
    }
}
