package org.lnet.engine.sweep;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;
import org.lnet.engine.ParallelRuns;
import org.lnet.engine.Progress;
import org.lnet.engine.Sampling;
import org.lnet.engine.analysis.Bounds;
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
 * gradient descent until L - L* &lt;= tol, and its distance to the min-norm solution. Theorem 2 predicts the
 * distance to shrink like h^{-(2 alpha - 1/2)}; the sweep fits that slope on log-log axes.
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
     */
    public record Settings(long[] widths, int repetitions, double alpha, double learningRate, double tolerance,
                           LossConvention loss, long maxSteps, boolean implicitWidth, long seed, double delta, int threads)
        implements java.io.Serializable {

        public Settings validate() {
            if (widths == null || widths.length == 0) {
                throw new InvalidInputException("widths", "Parameter 'widths' needs at least one width.");
            }
            for (long h : widths) {
                Checks.atLeast("widths", h, 1);
            }
            Checks.atLeast("seeds", repetitions, 1);
            Checks.positive("alpha", alpha);
            Checks.positive("lr", learningRate);
            Checks.nonNegative("tol", tolerance);
            Checks.atLeast("steps", maxSteps, 1);
            Checks.open("delta", delta, 0, 1);
            Checks.atLeast("threads", threads, 1);
            if (loss == null) {
                throw new InvalidInputException("loss", "Parameter 'loss' is missing: choose 'sum' or 'mean'.");
            }
            return this;
        }

        public Settings withWidths(long[] w) {
            return new Settings(w, repetitions, alpha, learningRate, tolerance, loss, maxSteps, implicitWidth, seed, delta, threads);
        }

        public Settings withThreads(int n) {
            return new Settings(widths, repetitions, alpha, learningRate, tolerance, loss, maxSteps, implicitWidth, seed, delta, n);
        }

        public Settings withRepetitions(int n) {
            return new Settings(widths, n, alpha, learningRate, tolerance, loss, maxSteps, implicitWidth, seed, delta, threads);
        }
    }

    /**
     * One run.
     *
     * @param distance ||U(t_f) V(t_f)^T - Theta_hat||_F
     * @param distanceOp ||U(t_f) V(t_f)^T - Theta_hat||_2
     * @param initialU2vNorm ||U2(0) V(0)^T||_F, the initial distance in span(Phi2) (Figure 1, right)
     * @param theorem2LogBound log of Theorem 2's bound for this width (NaN when alpha is outside (1/4, 1/2])
     * @param converged whether L - L* reached the tolerance within the step limit; if not, the distance is not
     *                  that of a converged network (with too large a step, descent can settle into a 2-cycle)
     */
    public record Row(long width, int repetition, long seed, long steps, double distance, double distanceOp,
                      double finalLoss, double initialU2vNorm, double theorem2LogBound, boolean converged)
        implements java.io.Serializable {
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
            long[] widths = settings.widths();
            double[] mean = new double[widths.length];
            for (int i = 0; i < widths.length; i++) {
                double sum = 0;
                int count = 0;
                for (Row r : rows) {
                    if (r.width() == widths[i]) {
                        sum += r.distance();
                        count++;
                    }
                }
                mean[i] = sum / count;
            }
            return mean;
        }
    }

    /** Runs the sweep on the given data. */
    public static Result run(DataDecomposition data, Settings settings, Progress progress) {
        settings.validate();
        List<long[]> jobs = runs(settings);
        // widest runs first, so the costly ones do not end up alone at the tail
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
        SimpleRegression fit = new SimpleRegression();
        for (Row r : rows) {
            fit.addData(Math.log(r.width()), Math.log(r.distance()));
        }
        return new Result(settings, List.copyOf(rows), fit.getSlope(), fit.getSlopeStdErr());
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
        TrainingOptions options = TrainingOptions.descent(s.learningRate(), s.maxSteps()).withLoss(s.loss())
            .withTolerance(s.tolerance()).withRecords(0);
        TrainingResult result = Trainer.train(reduction, options, progress);
        TrajectoryPoint start = result.trajectory().get(0);
        TrajectoryPoint end = result.last();
        double logBound = s.alpha() > 0.25 && s.alpha() <= 0.5 ? Bounds.theorem2LogBound(data, width, s.alpha(), s.delta()) : Double.NaN;
        return new Row(width, repetition, seed, result.steps(), end.distanceToMinNorm(), end.distanceToMinNormOp(),
            end.loss(), start.u2vNorm(), logBound, result.stop() == TrainingResult.Stop.TOLERANCE);
    }
}
