package org.lnet.engine.ntk;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.ParallelRuns;
import org.lnet.engine.Progress;
import org.lnet.engine.Sampling;

/**
 * The wide-network experiment: for each width h and repetition, a seeded network trained by gradient descent on
 * the data, compared with the min-norm solution of its linearization at initialization. The distances shrink as the
 * width grows (the network stays in its linear regime); the sweep fits their power law in h on log-log axes.
 *
 * <p>Runs are independent and seeded per (h, repetition) from the base seed, so they run in parallel and give the
 * same numbers in any order and on any number of threads. A host that spreads the runs over machines calls
 * {@link #reference}, {@link #runOne} for each of {@link #runs} and builds the {@link Result} from the rows in that
 * order, and gets {@link #run}'s result bit for bit.
 */
public final class NtkSweep {
    private NtkSweep() {
    }

    /**
     * @param widths the widths h (each even for the antisymmetric initialization)
     * @param repetitions runs per width ("seeds" on the command line)
     * @param seed base seed; run (h, j) uses a seed derived from it
     * @param threads worker threads (1 = sequential in the calling thread)
     */
    public record Settings(long[] widths, int repetitions, Activation activation, Initialization initialization,
                           TrainingSettings training, long seed, int threads) implements java.io.Serializable {

        /** Throws with a message naming the parameter if a setting is out of range; returns this. */
        public Settings validate() {
            if (widths == null || widths.length == 0) {
                throw new InvalidInputException("widths", "Parameter 'widths' needs at least one width.");
            }
            WideNetwork.require("activation", activation);
            WideNetwork.require("init", initialization);
            for (long h : widths) {
                WideNetwork.checkWidth("widths", h, initialization);
            }
            Checks.Range.COUNT.check("seeds", (long) repetitions);
            Checks.Range.COUNT.check("threads", (long) threads);
            WideNetwork.require("training", training).validate();
            return this;
        }
    }

    /**
     * One run. Prediction distances are root mean squares over the test points (NaN when there are none); the
     * infinite-width columns exist for ReLU only (NaN otherwise).
     *
     * @param weightDistance ||W(T) - W_lin||_F
     * @param relativeWeightDistance ||W(T) - W_lin||_F / ||W_lin - W(0)||_F
     * @param changeNorm ||W_lin - W(0)||_F
     * @param testPredictionDistance RMS of f(x; W(T)) - f_lin(x) on the test points
     * @param relativeTestPredictionDistance ||f(.; W(T)) - f_lin||_2 / ||f_lin||_2 over the test points
     * @param infiniteWidthPredictionDistance RMS of f(x; W(T)) - K_inf(x, X) K_inf^{-1} y on the test points
     * @param gramDistance ||K(0) - K_inf||_F / ||K_inf||_F on the training inputs
     * @param conditionNumber lambda_max / lambda_min of K(0)
     */
    public record Row(long width, int repetition, long seed, long steps, boolean converged, double learningRate,
                      double finalLoss, double weightDistance, double relativeWeightDistance, double changeNorm,
                      double testPredictionDistance, double relativeTestPredictionDistance,
                      double infiniteWidthPredictionDistance, double gramDistance, double conditionNumber)
        implements java.io.Serializable {
    }

    /**
     * What every run compares against and is computed once per sweep: for ReLU the infinite-width kernel K_inf on the
     * training inputs and its regression at the test points (null otherwise or without test points).
     */
    public record Reference(DMatrixRMaj kInf, double[] fInf) implements java.io.Serializable {
    }

    /** A least-squares line log(value) = intercept + slope log(h); standard error NaN with fewer than three points. */
    public record Fit(double slope, double intercept, double slopeStandardError) {

        /** The fitted value at width h. */
        public double at(double h) {
            return Math.exp(intercept + slope * Math.log(h));
        }
    }

    /** Everything the sweep measured. */
    public record Result(Settings settings, NtkData data, List<Row> rows) {

        public Result {
            rows = List.copyOf(rows);
        }

        /** How many runs stopped at the step limit before the loss reached the tolerance. */
        public long unconverged() {
            return rows.stream().filter(r -> !r.converged()).count();
        }

        /** Fit of one column against h over all runs; NaN slope when a value is missing or not positive. */
        public Fit fit(ToDoubleFunction<Row> column) {
            SimpleRegression regression = new SimpleRegression();
            for (Row r : rows) {
                double v = column.applyAsDouble(r);
                if (!(v > 0) || !Double.isFinite(v)) {
                    return new Fit(Double.NaN, Double.NaN, Double.NaN);
                }
                regression.addData(Math.log(r.width()), Math.log(v));
            }
            return new Fit(regression.getSlope(), regression.getIntercept(), regression.getSlopeStdErr());
        }

        /** Mean of one column at each width, in the order of the settings' widths. */
        public double[] meanByWidth(ToDoubleFunction<Row> column) {
            return byWidth(column, 0);
        }

        /** Smallest value of one column at each width. */
        public double[] minByWidth(ToDoubleFunction<Row> column) {
            return byWidth(column, -1);
        }

        /** Largest value of one column at each width. */
        public double[] maxByWidth(ToDoubleFunction<Row> column) {
            return byWidth(column, 1);
        }

        private double[] byWidth(ToDoubleFunction<Row> column, int which) {
            long[] widths = settings.widths();
            double[] out = new double[widths.length];
            for (int i = 0; i < widths.length; i++) {
                double acc = which < 0 ? Double.POSITIVE_INFINITY : which > 0 ? Double.NEGATIVE_INFINITY : 0;
                int count = 0;
                for (Row r : rows) {
                    if (r.width() == widths[i]) {
                        double v = column.applyAsDouble(r);
                        acc = which < 0 ? Math.min(acc, v) : which > 0 ? Math.max(acc, v) : acc + v;
                        count++;
                    }
                }
                out[i] = which == 0 ? acc / count : acc;
            }
            return out;
        }
    }

    /** Runs the sweep on the data. */
    public static Result run(NtkData data, Settings settings, Progress progress) {
        settings.validate();
        data.validate();
        Reference reference = reference(data, settings);
        List<long[]> jobs = runs(settings);
        List<Row> rows = ParallelRuns.run(jobs.size(), settings.threads(),
            (i, p) -> runOne(data, settings, jobs.get(i)[0], (int) jobs.get(i)[1], reference, p), progress, "run");
        return new Result(settings, data, rows);
    }

    /** The sweep's {@link Reference} for these data and settings. */
    public static Reference reference(NtkData data, Settings settings) {
        boolean relu = settings.activation() == Activation.RELU;
        DMatrixRMaj kInf = relu ? TangentKernel.reluInfiniteWidth(data.x(), data.x()) : null;
        double[] fInf = relu && data.xTest() != null ? TangentKernel.reluInfiniteWidthRegression(data.x(), data.y(), data.xTest()) : null;
        return new Reference(kInf, fInf);
    }

    /** The runs {h, repetition} in the order of the result's rows: each width in turn, its repetitions 0, 1, ... */
    public static List<long[]> runs(Settings settings) {
        return ParallelRuns.widthGrid(settings.widths(), settings.repetitions());
    }

    /** One run (h, repetition), seeded from the base seed, h and the repetition alone. */
    public static Row runOne(NtkData data, Settings s, long width, int repetition, Reference reference, Progress progress) {
        DMatrixRMaj kInf = reference.kInf();
        double[] fInf = reference.fInf();
        long seed = Sampling.derive(s.seed(), width, repetition);
        WideNetwork initial = WideNetwork.initialize(width, data.inputDim(), s.activation(), s.initialization(), seed);
        LinearizedSolution linearized = LinearizedSolution.solve(initial, data.x(), data.y());
        progress.checkCanceled();
        TrainingResult result = WideNetworkTrainer.train(linearized, data.xTest(), s.training().withRecords(0), progress);
        TrajectoryRecord end = result.last();
        double gramDistance = Double.NaN;
        if (kInf != null) {
            gramDistance = TangentKernel.relativeDistance(linearized.gram(), kInf);
        }
        double relativeTest = Double.NaN;
        double infinite = Double.NaN;
        if (data.xTest() != null) {
            double[] f = result.testPredictions();
            double[] lin = result.linearizedTestPredictions();
            relativeTest = WideNetworkTrainer.rms(f, lin) / WideNetworkTrainer.rms(lin, new double[lin.length]);
            if (fInf != null) {
                infinite = WideNetworkTrainer.rms(f, fInf);
            }
        }
        return new Row(width, repetition, seed, result.steps(), result.converged(), result.learningRate(), end.loss(),
            end.weightDistance(), end.relativeWeightDistance(), linearized.changeNorm(), end.testPredictionDistance(),
            relativeTest, infinite, gramDistance, linearized.conditionNumber());
    }
}
