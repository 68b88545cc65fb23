package org.lnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.train.Trainer;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.engine.train.TrainingResult;
import org.lnet.node.nodes.GradientFlowTrainerNode;
import org.lnet.node.nodes.RandomInitializerNode;

/**
 * {@code lnet compare}: the quick start on one's own data. Side by side, per input column and target: the min-norm
 * solution Theta_hat = X^+ Y, the end-to-end matrix Theta = U V^T of a network trained by gradient flow from a small
 * Gaussian initialization, and ordinary least squares without intercept (Commons Math), which is unique only when
 * X has full column rank (n > D); otherwise every Theta_hat + N with X N = 0 fits equally well and Theta_hat is the
 * one of least norm.
 */
final class CompareCommand implements Command {

    static final String CSV_HEADER = "target,input,minNorm,trained,ols";

    @Override
    public String name() {
        return "compare";
    }

    private static final RandomInitializerNode INIT = new RandomInitializerNode();
    private static final GradientFlowTrainerNode TRAIN = new GradientFlowTrainerNode();
    /**
     * The quick start's own starting values, in the nodes' settings (their ranges and messages apply): a wide network
     * trained long and tightly, so the trained column is at convergence and comparable with the min-norm one.
     */
    static final Map<String, String> INIT_PRESETS = Map.of("width", "200");
    static final Map<String, String> TRAIN_PRESETS = Map.of("time", "1e4", "tol", "1e-12", "records", "2");
    private static final String[][] SETTINGS = {{"width", "alpha", "seed"}, {"time", "tol", "rcond"}};

    @Override
    public String usage() {
        StringBuilder sb = new StringBuilder("""
            compare    quick start: min-norm X^+ Y, a trained network U V^T and ordinary least squares, side by side
              --x X.csv --y Y.csv                inputs (n x D) and targets (n x m), or
              --data DATA.csv --target-columns a[,b]   one file: the named columns are Y, the others X
                                                 (--target is the same)
              --out TABLE.csv                    TABLE.csv: target,input,minNorm,trained,ols
            the Random Initializer's and the Gradient Flow Trainer's settings (compare starts width at 200, time at
            1e4 and tol at 1e-12; gradient flow until L - L* <= tol or t = time, sum loss):
            """);
        for (int i = 0; i < 2; i++) {
            for (String key : SETTINGS[i]) {
                sb.append(NodeOptions.help((i == 0 ? INIT : TRAIN).parameter(key), Map.of()));
            }
        }
        return sb.append("  ").append(MatrixCsv.Header.HELP).append("""

            prints the table, then {loss, residualLoss, distanceToMinNorm, minNormNorm, trainedNorm, olsUnique, ...}""")
            .toString();
    }

    /** The settings of a node given on the command line, the quick start's presets where an option is absent. */
    private static NodeOptions.Given settings(org.lnet.node.LinearNetworkNode<?> node, Args args,
                                              Map<String, String> presets) {
        org.lnet.node.MapSettingsStore store = NodeOptions.store(node, args);
        presets.forEach((key, value) -> {
            if (!args.has(NodeOptions.option(key))) {
                node.parameter(key).writeText(store, value);
            }
        });
        node.load(store);
        return new NodeOptions.Given(node, store);
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("x", "y", "data", "target", "target-columns", "width", "alpha",
            "seed", "time", "tol", "rcond", "out", "header"), Set.of());
        MatrixCsv.Header header = MatrixCsv.Header.of(args);
        if (args.has("target") && args.has("target-columns")) {
            throw new UsageException("Options --target and --target-columns are the same: give one.");
        }
        String targets = args.has("target") ? args.string("target") : args.stringOr("target-columns", null);
        boolean oneFile = args.has("data");
        if (oneFile == (args.has("x") || args.has("y")) || oneFile != (targets != null)) {
            throw new UsageException("Give the data as --x X.csv --y Y.csv, or as --data DATA.csv --target-columns "
                + "NAMES.");
        }
        NodeOptions.Given init = settings(INIT, args, INIT_PRESETS);
        NodeOptions.Given train = settings(TRAIN, args, TRAIN_PRESETS);
        long width = init.whole("width");
        double alpha = init.number("alpha");
        long seed = init.whole("seed");
        TrainingOptions options = TRAIN.load(train.store()).options().validate();
        Double rcond = train.number("rcond") == 0 ? null : train.number("rcond");
        Outputs outputs = new Outputs();
        for (String input : new String[] {"x", "y", "data"}) {
            if (args.has(input)) {
                outputs.input(input, args.path(input));
            }
        }
        Path out = args.has("out") ? args.path("out") : null;
        if (out != null) {
            outputs.output("out", out);
        }
        MatrixCsv.Named x;
        MatrixCsv.Named y;
        if (oneFile) {
            MatrixCsv.Named all = MatrixCsv.readNamed(args.path("data"), "data", header);
            MatrixCsv.Named[] split = split(all, targets, args.path("data"));
            x = split[0];
            y = split[1];
        } else {
            x = MatrixCsv.readNamed(args.path("x"), "x", header);
            y = MatrixCsv.readNamed(args.path("y"), "y", header);
            if (x.matrix().numRows != y.matrix().numRows) {
                throw CsvData.mismatch(args.path("x"), args.path("y"), "y", x.matrix().numRows, y.matrix().numRows);
            }
        }
        DataDecomposition data = rcond == null ? DataDecomposition.of(x.matrix(), y.matrix())
            : DataDecomposition.of(x.matrix(), y.matrix(), rcond);
        int n = data.samples();
        int d = data.inputDim();
        int m = data.outputDim();

        Phase.enter("sampling U (" + d + " x " + width + ") and V (" + m + " x " + width + ")",
            Phase.doubles((long) d + m, width));
        LinearNetwork start = Initializers.gaussian(d, m, width, alpha, 1, 1, seed);
        StderrProgress progress = new StderrProgress();
        TrainingResult trained = Trainer.train(start, data, options, progress);
        progress.done();
        DMatrixRMaj theta = trained.network().theta();
        DMatrixRMaj minNorm = data.minNormSolution();
        DMatrixRMaj ols = ordinaryLeastSquares(x.matrix(), y.matrix(), data);

        List<String> rows = table(x.names(), y.names(), minNorm, theta, ols);
        DMatrixRMaj diff = new DMatrixRMaj(d, m);
        CommonOps_DDRM.subtract(theta, minNorm, diff);
        Terminal.out().print(text(x.names(), y.names(), minNorm, theta, ols, data));
        Terminal.out().printf(Locale.ROOT, "trained network: width %d, gradient flow to t = %.4g (%s); loss L = %.6g, "
            + "least-squares L* = %.6g%n||Theta - Theta_hat||_F = %.3g   ||Theta_hat||_F = %.6g   ||Theta||_F = %.6g%n%n",
            width, trained.last().t(), trained.stop().name().toLowerCase(Locale.ROOT), trained.last().loss(),
            data.residualLoss(), NormOps_DDRM.normF(diff), NormOps_DDRM.normF(minNorm), NormOps_DDRM.normF(theta));
        if (out != null) {
            outputs.put(out, CSV_HEADER + "\n" + String.join("\n", rows) + "\n");
        }
        outputs.commit();
        if (trained.stop() != TrainingResult.Stop.TOLERANCE) {
            System.err.printf(Locale.ROOT, "lnet compare: warning: training stopped at --time %g before L - L* reached --tol"
                + " %g (L - L* = %.3g): the trained column is not at convergence; raise --time.%n", options.time(),
                options.tolerance(), trained.last().excessLoss());
        }
        Map<String, Object> json = Main.json();
        json.put("n", n);
        json.put("d", d);
        json.put("m", m);
        json.put("rank", data.rank());
        json.put("width", width);
        json.put("loss", trained.last().loss());
        json.put("residualLoss", data.residualLoss());
        json.put("distanceToMinNorm", NormOps_DDRM.normF(diff));
        json.put("minNormNorm", NormOps_DDRM.normF(minNorm));
        json.put("trainedNorm", NormOps_DDRM.normF(theta));
        json.put("olsUnique", ols != null);
        json.put("time", trained.last().t());
        json.put("stop", trained.stop().name().toLowerCase(Locale.ROOT));
        json.put("lossConvention", "sum: 1/2 ||Y - X Theta||_F^2");
        if (out != null) {
            json.put("csv", out.toString());
        }
        return json;
    }

    /** X and Y from one table: the --target columns are Y (in the order given), the rest X (in file order). */
    private static MatrixCsv.Named[] split(MatrixCsv.Named all, String targets, Path file) {
        List<String> names = all.names();
        List<Integer> yCols = new ArrayList<>();
        for (String t : targets.split(",", -1)) {
            int j = names.indexOf(t.trim());
            if (j < 0) {
                throw new InvalidInputException("target", "Column '" + t.trim() + "' (--target-columns) is not in " + file
                    + ", whose columns are " + String.join(", ", names) + ".");
            }
            if (yCols.contains(j)) {
                throw new InvalidInputException("target", "Column '" + t.trim() + "' is named twice in --target-columns.");
            }
            yCols.add(j);
        }
        List<Integer> xCols = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (!yCols.contains(j)) {
                xCols.add(j);
            }
        }
        if (xCols.isEmpty()) {
            throw new InvalidInputException("target", "Every column of " + file + " is a target (--target-columns): leave at "
                + "least one input column.");
        }
        return new MatrixCsv.Named[] {columns(all, xCols), columns(all, yCols)};
    }

    private static MatrixCsv.Named columns(MatrixCsv.Named all, List<Integer> cols) {
        DMatrixRMaj a = all.matrix();
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, cols.size());
        List<String> names = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            names.add(all.names().get(cols.get(c)));
            for (int i = 0; i < a.numRows; i++) {
                out.unsafe_set(i, c, a.unsafe_get(i, cols.get(c)));
            }
        }
        return new MatrixCsv.Named(out, names);
    }

    /**
     * Least squares without intercept, one regression per target; null when it is not unique (rank of X below D,
     * which includes every D >= n): then no coefficient vector is "the" least-squares one.
     */
    static DMatrixRMaj ordinaryLeastSquares(DMatrixRMaj x, DMatrixRMaj y, DataDecomposition data) {
        if (data.rank() < x.numCols || x.numRows <= x.numCols) {
            return null;
        }
        double[][] rows = new double[x.numRows][x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            System.arraycopy(x.data, i * x.numCols, rows[i], 0, x.numCols);
        }
        DMatrixRMaj beta = new DMatrixRMaj(x.numCols, y.numCols);
        for (int k = 0; k < y.numCols; k++) {
            double[] target = new double[y.numRows];
            for (int i = 0; i < y.numRows; i++) {
                target[i] = y.unsafe_get(i, k);
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.setNoIntercept(true);
            ols.newSampleData(target, rows);
            double[] b;
            try {
                b = ols.estimateRegressionParameters();
            } catch (SingularMatrixException e) {
                return null;
            }
            for (int j = 0; j < b.length; j++) {
                beta.unsafe_set(j, k, b[j]);
            }
        }
        return beta;
    }

    /** The CSV rows: target, input, then the three coefficients (ols empty when not unique). */
    private static List<String> table(List<String> inputs, List<String> targets, DMatrixRMaj minNorm, DMatrixRMaj theta,
                                      DMatrixRMaj ols) {
        List<String> rows = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            for (int j = 0; j < inputs.size(); j++) {
                rows.add(targets.get(k) + "," + inputs.get(j) + "," + minNorm.get(j, k) + "," + theta.get(j, k) + ","
                    + (ols == null ? "" : Double.toString(ols.get(j, k))));
            }
        }
        return rows;
    }

    /** The table for a person: one block per target, one line per input column. */
    private static String text(List<String> inputs, List<String> targets, DMatrixRMaj minNorm, DMatrixRMaj theta,
                               DMatrixRMaj ols, DataDecomposition data) {
        int w = Math.max(8, inputs.stream().mapToInt(String::length).max().orElse(0));
        StringBuilder sb = new StringBuilder();
        String row = "%-" + w + "s  %14s  %14s  %14s%n";
        for (int k = 0; k < targets.size(); k++) {
            sb.append("target ").append(targets.get(k)).append('\n');
            sb.append(String.format(Locale.ROOT, row, "input", "min-norm X+Y", "trained UV^T", "OLS"));
            for (int j = 0; j < inputs.size(); j++) {
                sb.append(String.format(Locale.ROOT, row, inputs.get(j), num(minNorm.get(j, k)), num(theta.get(j, k)),
                    ols == null ? "not unique" : num(ols.get(j, k))));
            }
            sb.append('\n');
        }
        if (ols == null) {
            sb.append(String.format(Locale.ROOT, "Least squares is not unique here (n = %d, D = %d, rank %d < D): every "
                + "Theta_hat + N with X N = 0 fits equally well,%nand Theta_hat = X+Y is the one of least norm.%n",
                data.samples(), data.inputDim(), data.rank()));
        }
        return sb.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
