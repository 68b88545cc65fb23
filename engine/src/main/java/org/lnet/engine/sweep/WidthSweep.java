package org.lnet.engine.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;
import org.lnet.engine.ParallelRuns;
import org.lnet.engine.Progress;
import org.lnet.engine.Sampling;
import org.lnet.engine.analysis.Bounds;
import org.lnet.engine.analysis.MinNormDistance;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Reduction;
import org.lnet.engine.train.Trainer;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.engine.train.TrainingResult;
import org.lnet.engine.train.TrajectoryPoint;

/**
 * The paper's Figure 1: for each width h and repetition, a Gaussian N(0, h^{-2 alpha}) network trained by
 * gradient descent (or the exact gradient flow) until L - L* &lt;= tol, and its distance to the min-norm solution.
 * Theorem 2 bounds that distance by a multiple of h^{-(2 alpha - 1/2)}; the bound is far above the measured
 * distances (vacuous at alpha = 1/2 on the paper's data), but the measured distances decay at that rate because
 * their leading term, ||U2(0) V(0)^T||_F, has standard deviation of order h^{1/2 - 2 alpha} (docs/MATH.md). The
 * sweep fits the slope on log-log axes.
 *
 * <p>Runs are independent and seeded per (h, repetition), so they run in parallel and give the same numbers
 * in any order. Only the calling thread talks to the host's {@link Progress}. A host that spreads the runs over
 * machines calls {@link #runs}, {@link #runOne} for each and {@link #collect}, and gets {@link #run}'s result bit for
 * bit.
 */
public final class WidthSweep {
    private WidthSweep() {
    }

    /**
     * @param widths the widths h, each at least 1
     * @param repetitions runs per width
     * @param implicitWidth sample networks in implicit-width mode (exact in law, cost independent of h)
     * @param seed base seed; run (h, j) uses a seed derived from it
     * @param threads worker threads (1 = sequential in the calling thread)
     * @param method DESCENT with step learningRate for at most maxSteps steps, or FLOW, the exact gradient flow,
     *               given the same time budget learningRate * maxSteps; both stop at the tolerance
     */
    public record Settings(long[] widths, int repetitions, double alpha, double learningRate, double tolerance,
                           LossConvention loss, long maxSteps, boolean implicitWidth, long seed, double delta, int threads,
                           TrainingOptions.Method method) implements java.io.Serializable {

        /** Gradient descent, as the paper's Figure 1. */
        public Settings(long[] widths, int repetitions, double alpha, double learningRate, double tolerance,
                        LossConvention loss, long maxSteps, boolean implicitWidth, long seed, double delta, int threads) {
            this(widths, repetitions, alpha, learningRate, tolerance, loss, maxSteps, implicitWidth, seed, delta, threads,
                TrainingOptions.Method.DESCENT);
        }

        public Settings validate() {
            if (widths == null || widths.length == 0) {
                throw new InvalidInputException("widths", "Parameter 'widths' needs at least one width.");
            }
            for (long h : widths) {
                Checks.Range.COUNT.check("widths", (long) h);
            }
            Checks.Range.COUNT.check("seeds", (long) repetitions);
            Checks.positive("alpha", alpha);
            Checks.positive("lr", learningRate);
            Checks.nonNegative("tol", tolerance);
            Checks.Range.COUNT.check("steps", maxSteps);
            Checks.open("delta", delta, 0, 1);
            Checks.Range.COUNT.check("threads", (long) threads);
            if (loss == null) {
                throw new InvalidInputException("loss", "Parameter 'loss' is missing: choose 'sum' or 'mean'.");
            }
            if (method == null) {
                throw new InvalidInputException("method", "Parameter 'method' is missing: choose 'gd' or 'flow'.");
            }
            return this;
        }

        public Settings withWidths(long[] w) {
            return new Settings(w, repetitions, alpha, learningRate, tolerance, loss, maxSteps, implicitWidth, seed, delta,
                threads, method);
        }

        public Settings withThreads(int n) {
            return new Settings(widths, repetitions, alpha, learningRate, tolerance, loss, maxSteps, implicitWidth, seed,
                delta, n, method);
        }

        public Settings withRepetitions(int n) {
            return new Settings(widths, n, alpha, learningRate, tolerance, loss, maxSteps, implicitWidth, seed, delta,
                threads, method);
        }

        public Settings withMethod(TrainingOptions.Method m) {
            return new Settings(widths, repetitions, alpha, learningRate, tolerance, loss, maxSteps, implicitWidth, seed,
                delta, threads, m);
        }

        /** -(2 alpha - 1/2): the rate of Theorem 2's bound and of the leading term ||U2(0) V(0)^T||_F. */
        public double referenceSlope() {
            return 0.5 - 2 * alpha;
        }

        /** Whether Theorem 2 (and Lemma 1) cover this alpha: 1/4 &lt; alpha &lt;= 1/2. */
        public boolean theorem2Applies() {
            return alpha > 0.25 && alpha <= 0.5;
        }
    }

    /**
     * One run.
     *
     * @param steps gradient-descent steps, or for the flow the integrator's derivative evaluations
     * @param distance ||U(t_f) V(t_f)^T - Theta_hat||_F
     * @param distanceOp ||U(t_f) V(t_f)^T - Theta_hat||_2
     * @param initialU2vNorm ||U2(0) V(0)^T||_F, the initial distance in span(Phi2) (Figure 1, right)
     * @param finalU2vNorm ||U2(t_f) V(t_f)^T||_F (U2 is constant): the part of the final distance outside the row
     *                     space of X, all of it once L = L* (Proposition 1, (14))
     * @param initialDistanceOp ||U(0) V(0)^T - Theta_hat||_2, what Theorem 2's bound has to beat to say anything
     * @param theorem2LogBound log of Theorem 2's bound for this width (NaN when alpha is outside (1/4, 1/2])
     * @param theorem2Vacuous whether that bound is not below initialDistanceOp (false when it is NaN)
     * @param converged whether L - L* reached the tolerance within the step limit; if not, the distance is not
     *                  that of a converged network (with too large a step, descent can settle into a 2-cycle)
     */
    public record Row(long width, int repetition, long seed, long steps, double distance, double distanceOp,
                      double finalLoss, double initialU2vNorm, double finalU2vNorm, double initialDistanceOp,
                      double theorem2LogBound, boolean theorem2Vacuous, boolean converged) implements java.io.Serializable {
    }

    /**
     * A least-squares power law q ~ exp(intercept) h^slope over all runs.
     *
     * @param standardError of the slope (NaN with fewer than three runs or one width)
     */
    public record Fit(double slope, double standardError, double intercept) {

        /** The fitted value at width h. */
        public double at(double h) {
            return Math.exp(intercept + slope * Math.log(h));
        }

        static Fit of(List<Row> rows, ToDoubleFunction<Row> quantity) {
            SimpleRegression fit = new SimpleRegression();
            for (Row r : rows) {
                fit.addData(Math.log(r.width()), Math.log(quantity.applyAsDouble(r)));
            }
            return new Fit(fit.getSlope(), fit.getSlopeStdErr(), fit.getIntercept());
        }
    }

    /**
     * @param slope least-squares slope of log(distance) against log(h) over all runs
     * @param slopeStandardError its standard error (NaN with fewer than three runs or one width)
     */
    public record Result(Settings settings, List<Row> rows, double slope, double slopeStandardError) {

        /** How many runs stopped at the step limit before reaching the tolerance. */
        public long unconverged() {
            return rows.stream().filter(r -> !r.converged()).count();
        }

        /** Mean distance at each width, in the order of the settings' widths. */
        public double[] meanDistanceByWidth() {
            return Arrays.stream(spread(Row::distance)).mapToDouble(Spread::mean).toArray();
        }

        /** Mean, standard deviation and range of a quantity at each width, in the order of the settings' widths. */
        public Spread[] spread(ToDoubleFunction<Row> quantity) {
            return Spread.byWidth(settings.widths(), rows, quantity);
        }

        /** The power law fitted to a quantity over all runs (e.g. Row::initialU2vNorm). */
        public Fit fit(ToDoubleFunction<Row> quantity) {
            return Fit.of(rows, quantity);
        }

        /** The power law of the distance, the one whose slope is {@link #slope()}. */
        public Fit distanceFit() {
            return fit(Row::distance);
        }

        /** Whether Theorem 2's bound is vacuous in every run (false when alpha is outside its range). */
        public boolean theorem2VacuousEverywhere() {
            return settings.theorem2Applies() && rows.stream().allMatch(Row::theorem2Vacuous);
        }
    }

    /** Runs the sweep on the given data. */
    public static Result run(DataDecomposition data, Settings settings, Progress progress) {
        settings.validate();
        List<long[]> jobs = runs(settings);
        int[] submission = java.util.stream.IntStream.range(0, jobs.size()).boxed()
            .sorted((a, b) -> Long.compare(jobs.get(b)[0], jobs.get(a)[0])).mapToInt(Integer::intValue).toArray();
        List<Row> rows = ParallelRuns.run(jobs.size(), settings.threads(), submission,
            (i, p) -> runOne(data, settings, jobs.get(i)[0], (int) jobs.get(i)[1], p), progress, "width sweep: run");
        return collect(settings, rows);
    }

    /** The runs {h, repetition} in the order of the result's rows: each width in turn, its repetitions 0, 1, ... */
    public static List<long[]> runs(Settings settings) {
        return ParallelRuns.widthGrid(settings.widths(), settings.repetitions());
    }

    /** The result of the runs' rows, given in the order of {@link #runs}: the slope is fitted in that order. */
    public static Result collect(Settings settings, List<Row> rows) {
        Fit fit = Fit.of(rows, Row::distance);
        return new Result(settings, List.copyOf(rows), fit.slope(), fit.standardError());
    }

    /** One run (h, repetition), seeded from the base seed, h and the repetition alone. */
    public static Row runOne(DataDecomposition data, Settings s, long width, int repetition, Progress progress) {
        long seed = Sampling.derive(s.seed(), width, repetition);
        int d = data.inputDim();
        int m = data.outputDim();
        LinearNetwork net = s.implicitWidth()
            ? Initializers.implicitGaussian(d, m, width, s.alpha(), 1, 1, seed)
            : Initializers.gaussian(d, m, width, s.alpha(), 1, 1, seed);
        progress.checkCanceled();
        Reduction reduction = Reduction.of(net, data);
        TrainingOptions options = (s.method() == TrainingOptions.Method.FLOW
            ? TrainingOptions.flow(s.learningRate() * s.maxSteps())
            : TrainingOptions.descent(s.learningRate(), s.maxSteps()))
            .withLoss(s.loss()).withTolerance(s.tolerance()).withRecords(0);
        try {
            if (s.method() == TrainingOptions.Method.DESCENT) {
                // the sweep reports distances at the two ends only: no trajectory, imbalance or Theorem 1 bound
                Trainer.Descent end = Trainer.descend(reduction, options, progress);
                return row(data, s, width, repetition, seed, end.steps(), MinNormDistance.at(reduction,
                    reduction.initialState(), false), MinNormDistance.at(reduction, end.state(), false), end.loss(),
                    end.stop() == TrainingResult.Stop.TOLERANCE);
            }
            TrainingResult result = Trainer.train(reduction, options, progress);
            TrajectoryPoint start = result.trajectory().get(0);
            TrajectoryPoint end = result.last();
            return row(data, s, width, repetition, seed, result.evaluations(),
                new MinNormDistance.Distances(start.distanceToMinNorm(), start.distanceToMinNormOp(), start.u2vNorm()),
                new MinNormDistance.Distances(end.distanceToMinNorm(), end.distanceToMinNormOp(), end.u2vNorm()),
                end.loss(), result.stop() == TrainingResult.Stop.TOLERANCE);
        } catch (InvalidInputException e) {
            // name the run, and say why a step that suits small widths can fail at large ones
            throw new InvalidInputException(e.subject(), "Width h = " + width + ", run " + repetition + ": " + e.getMessage()
                + (s.alpha() < 0.5 && "lr".equals(e.subject()) ? " With alpha < 1/2 the initial weights grow like "
                    + "h^(1/2 - alpha) and the curvature like h^(1 - 2 alpha), so the stable step shrinks with the width;"
                    + " the exact flow (method flow) has no step." : ""));
        }
    }

    private static Row row(DataDecomposition data, Settings s, long width, int repetition, long seed, long work,
                           MinNormDistance.Distances start, MinNormDistance.Distances end, double finalLoss,
                           boolean converged) {
        double logBound = s.theorem2Applies() ? Bounds.theorem2LogBound(data, width, s.alpha(), s.delta()) : Double.NaN;
        boolean vacuous = s.theorem2Applies() && Bounds.vacuous(logBound, start.operator());
        return new Row(width, repetition, seed, work, end.frobenius(), end.operator(), finalLoss, start.outside(),
            end.outside(), start.operator(), logBound, vacuous, converged);
    }
}
