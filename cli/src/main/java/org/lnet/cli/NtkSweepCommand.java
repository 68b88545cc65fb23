package org.lnet.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.jfree.chart.JFreeChart;
import org.lnet.charts.NtkCharts;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.ntk.NtkData;
import org.lnet.engine.ntk.NtkSweep;
import org.lnet.node.nodes.WideNetworkWidthSweepNode;

/**
 * {@code lnet ntk-sweep}: wide single-hidden-layer networks trained by gradient descent against the min-norm solution
 * of their linearization at initialization (Satpathi and Srikant 2021), distance against width, as CSV, PNG and SVG.
 */
final class NtkSweepCommand implements Command {

    static final String CSV_HEADER = "h,repetition,seed,steps,converged,lr,finalLoss,weightDistance,relativeWeightDistance,"
        + "changeNorm,testPredictionDistance,relativeTestPredictionDistance,infiniteWidthPredictionDistance,gramDistance,"
        + "conditionNumber";

    @Override
    public String name() {
        return "ntk-sweep";
    }

    @Override
    public String usage() {
        return """
            ntk-sweep  wide network f(x) = h^(-1/2) sum_j a_j sigma(w_j.x) trained by GD vs the min-norm solution of its linearization
              [--n 20 --d 5 --test-points 100 --data-seed 42]   data: points on the unit sphere of R^D, y = sin(3 u.x)
              [--x X.csv --y y.csv [--x-test XT.csv]]           or your own inputs (n x D), targets (one column), test inputs
              --out-dir DIR               writes ntk.csv, ntk.png, ntk.svg
              {header}
            the Wide Network Width Sweep node's settings (--lr auto is its lr 0):
            {settings}prints {slope, wallSeconds, meanDistanceByWidth, meanRelativeDistanceByWidth, ...}"""
            .replace("{header}", MatrixCsv.Header.HELP).replace("{settings}", settingsHelp());
    }

    /** The Wide Network Width Sweep node, whose settings ntk-sweep takes (keys, defaults, ranges, messages). */
    static final WideNetworkWidthSweepNode NODE = new WideNetworkWidthSweepNode();
    static final String[] SETTINGS = {"widths", "seeds", "activation", "init", "seed", "lr", "steps", "tol", "loss",
        "threads"};

    private static String settingsHelp() {
        StringBuilder sb = new StringBuilder();
        for (String key : SETTINGS) {
            sb.append(NodeOptions.help(NODE.parameter(key), Map.of()));
        }
        return sb.toString();
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("n", "d", "test-points", "data-seed", "x", "y", "x-test", "widths", "seeds",
            "seed", "threads", "activation", "init", "lr", "steps", "tol", "loss", "out-dir", "header"), Set.of());
        Path dir = args.path("out-dir");
        NtkSweep.Settings settings = settings(args);
        MatrixCsv.Header.of(args);
        Outputs outputs = new Outputs();
        for (String input : new String[] {"x", "y", "x-test"}) {
            if (args.has(input)) {
                outputs.input(input, args.path(input));
            }
        }
        outputs.outputs("out-dir", dir, "ntk.csv", "ntk.png", "ntk.svg");
        NtkData data = data(args);
        StderrProgress progress = new StderrProgress();
        long t0 = System.nanoTime();
        NtkSweep.Result result = NtkSweep.run(data, settings, progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.done();
        if (result.unconverged() > 0) {
            System.err.printf(Locale.ROOT, "lnet ntk-sweep: warning: %d of %d runs stopped at --steps %d before the loss reached"
                + " --tol %g; their distances are not at convergence. Raise --steps or loosen --tol.%n", result.unconverged(),
                result.rows().size(), settings.training().maxSteps(), settings.training().tolerance());
        }
        outputs.put(dir.resolve("ntk.csv"), csv(result));
        JFreeChart chart = NtkCharts.sweep(result);
        outputs.put(dir.resolve("ntk.png"), org.lnet.charts.Charts.png(chart));
        outputs.put(dir.resolve("ntk.svg"), org.lnet.charts.Charts.svg(chart));
        outputs.commit();
        return summary(result, seconds, dir);
    }

    static NtkData data(Args args) {
        if (args.has("x") || args.has("y")) {
            for (String synthetic : new String[] {"n", "d", "test-points", "data-seed"}) {
                if (args.has(synthetic)) {
                    throw new UsageException("Option --" + synthetic + " describes the synthetic data; with --x and --y the files"
                        + " fix the data (give test inputs with --x-test).");
                }
            }
            MatrixCsv.Header header = MatrixCsv.Header.of(args);
            DMatrixRMaj x = MatrixCsv.read(args.path("x"), "x", header);
            DMatrixRMaj y = MatrixCsv.read(args.path("y"), "y", header);
            if (y.numCols != 1) {
                throw new InvalidInputException("y", "The targets (--y) have " + y.numCols + " columns, but this network has one"
                    + " output: give one column.");
            }
            if (y.numRows != x.numRows) {
                throw new InvalidInputException("y", "The targets (--y) have " + y.numRows + " rows but the inputs (--x) have "
                    + x.numRows + ": give one target per input row.");
            }
            DMatrixRMaj xTest = args.has("x-test") ? MatrixCsv.read(args.path("x-test"), "x-test", header) : null;
            if (xTest != null && xTest.numCols != x.numCols) {
                throw new InvalidInputException("x-test", "The test inputs (--x-test) have " + xTest.numCols + " columns but the"
                    + " inputs (--x) have " + x.numCols + ": give the same features.");
            }
            return new NtkData(x, y.data, xTest, x.numRows + " samples from " + args.path("x").getFileName()
                + " (D = " + x.numCols + ")" + (xTest == null ? "" : ", " + xTest.numRows + " test points")).validate();
        }
        if (args.has("x-test")) {
            throw new UsageException("Option --x-test needs --x and --y; the synthetic data draws its own --test-points.");
        }
        return NtkData.sphere(intOption(args, "n", WideNetworkWidthSweepNode.SYNTHETIC_SAMPLES),
            intOption(args, "d", WideNetworkWidthSweepNode.SYNTHETIC_DIM),
            intOption(args, "test-points", WideNetworkWidthSweepNode.SYNTHETIC_TEST_POINTS),
            args.integerOr("data-seed", WideNetworkWidthSweepNode.SYNTHETIC_SEED));
    }

    /** The node's settings from the options; {@code --lr auto} is the node's lr 0 (automatic step). */
    static NtkSweep.Settings settings(Args args) {
        Args given = args.has("lr") && args.string("lr").trim().equalsIgnoreCase("auto") ? args.without("lr") : args;
        return NODE.load(NodeOptions.store(NODE, given)).sweep().validate();
    }

    /** A whole-number option that must fit an int; out-of-range values are left to the engine's range checks. */
    private static int intOption(Args args, String name, int fallback) {
        long v = args.integerOr(name, fallback);
        if (v > Integer.MAX_VALUE) {
            throw new InvalidInputException(name, "Parameter '" + name + "' = " + v + " is too large.");
        }
        return (int) Math.max(v, Integer.MIN_VALUE);
    }

    static String csv(NtkSweep.Result result) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (NtkSweep.Row r : result.rows()) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%n", r.width(), r.repetition(),
                r.seed(), r.steps(), r.converged(), r.learningRate(), r.finalLoss(), r.weightDistance(),
                r.relativeWeightDistance(), r.changeNorm(), r.testPredictionDistance(), r.relativeTestPredictionDistance(),
                r.infiniteWidthPredictionDistance(), r.gramDistance(), r.conditionNumber()));
        }
        return csv.toString();
    }

    static Map<String, Object> summary(NtkSweep.Result result, double seconds, Path dir) {
        NtkSweep.Settings s = result.settings();
        NtkSweep.Fit relative = result.fit(NtkSweep.Row::relativeWeightDistance);
        Map<String, Object> json = Main.json();
        json.put("slope", relative.slope());
        json.put("slopeStandardError", relative.slopeStandardError());
        json.put("weightDistanceSlope", result.fit(NtkSweep.Row::weightDistance).slope());
        json.put("predictionDistanceSlope", result.fit(NtkSweep.Row::testPredictionDistance).slope());
        json.put("infiniteWidthPredictionSlope", result.fit(NtkSweep.Row::infiniteWidthPredictionDistance).slope());
        json.put("gramDistanceSlope", result.fit(NtkSweep.Row::gramDistance).slope());
        json.put("wallSeconds", seconds);
        json.put("activation", s.activation().key());
        json.put("init", s.initialization().key());
        json.put("loss", s.training().loss().key());
        json.put("lr", s.training().autoLearningRate() ? "auto" : s.training().learningRate());
        json.put("n", result.data().samples());
        json.put("d", result.data().inputDim());
        json.put("testPoints", result.data().xTest() == null ? 0 : result.data().xTest().numRows);
        json.put("widths", s.widths());
        json.put("meanDistanceByWidth", result.meanByWidth(NtkSweep.Row::weightDistance));
        json.put("meanRelativeDistanceByWidth", result.meanByWidth(NtkSweep.Row::relativeWeightDistance));
        json.put("meanPredictionDistanceByWidth", result.meanByWidth(NtkSweep.Row::testPredictionDistance));
        json.put("meanInfiniteWidthPredictionDistanceByWidth", result.meanByWidth(NtkSweep.Row::infiniteWidthPredictionDistance));
        json.put("meanGramDistanceByWidth", result.meanByWidth(NtkSweep.Row::gramDistance));
        json.put("meanStepsByWidth", result.meanByWidth(r -> r.steps()));
        json.put("runs", result.rows().size());
        json.put("unconvergedRuns", result.unconverged());
        json.put("csv", dir.resolve("ntk.csv").toString());
        json.put("png", dir.resolve("ntk.png").toString());
        json.put("svg", dir.resolve("ntk.svg").toString());
        return json;
    }
}
