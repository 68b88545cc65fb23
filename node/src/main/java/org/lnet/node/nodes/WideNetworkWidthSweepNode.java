package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.Checks;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.ntk.Activation;
import org.lnet.engine.ntk.Initialization;
import org.lnet.engine.ntk.NtkData;
import org.lnet.engine.ntk.NtkSweep;
import org.lnet.node.DeclaredNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.ChoiceSetting;
import org.lnet.node.ColumnsSetting;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.RealSetting;
import org.lnet.node.Values;
import org.lnet.node.WholeSetting;
import org.lnet.node.WidthsSetting;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/**
 * The wide-network experiment of {@code lnet ntk-sweep} ({@link NtkSweep}): the {@link WideNetworkTrainerNode}'s run
 * for several widths and seeds, with the power law of the distance to the linearized solution against the width.
 * Settings shared with the trainer are the trainer's parameters, so they read and validate the same.
 */
public final class WideNetworkWidthSweepNode extends DeclaredNode<WideNetworkWidthSweepNode.Settings> {

    /** The built-in data without a table, those of {@code lnet ntk-sweep}: n = 20 points in R^5, 100 test points. */
    public static final int SYNTHETIC_SAMPLES = 20;
    public static final int SYNTHETIC_DIM = 5;
    public static final int SYNTHETIC_TEST_POINTS = 100;
    public static final long SYNTHETIC_SEED = 42;

    public static final ColumnsSetting INPUTS = WideNetworkTrainerNode.INPUTS;
    public static final ColumnsSetting TARGET = WideNetworkTrainerNode.TARGET;
    public static final WidthsSetting WIDTHS = WidthsSetting.widths("widths", "Widths h", "Comma-separated widths, "
        + "each a whole number ≥ 1 (even for the antisymmetric initialization), e.g. 100, 400, 1600, 6400.", 100, 400,
        1600, 6400);
    public static final WholeSetting SEEDS = WholeSetting.whole("seeds", "Runs per width", "Independent "
        + "initializations per width.", 3).within(Checks.Range.COUNT).atMost(10_000);
    public static final ChoiceSetting<Activation> ACTIVATION = WideNetworkTrainerNode.ACTIVATION;
    public static final ChoiceSetting<Initialization> INIT = WideNetworkTrainerNode.INIT;
    public static final WholeSetting SEED = Common.BASE_SEED;
    public static final RealSetting LR = WideNetworkTrainerNode.LR;
    public static final WholeSetting STEPS = WideNetworkTrainerNode.STEPS;
    public static final RealSetting TOL = WideNetworkTrainerNode.TOL;
    public static final ChoiceSetting<LossConvention> LOSS = WideNetworkTrainerNode.LOSS;
    public static final WholeSetting THREADS = Common.THREADS;

    /** The columns whose NaN means "not applicable" (no test points, not ReLU) and become missing cells. */
    private static final List<String> OPTIONAL = List.of("testPredictionDistance", "relativeTestPredictionDistance",
        "infiniteWidthPredictionDistance", "gramDistance");

    /** One row per (width, run); slope and slopeStdErr (the fit of relativeWeightDistance) repeat in every row. */
    public static final TableSpec OUTPUT = TableSpec.of(new ColumnSpec("h", ColumnType.LONG),
        new ColumnSpec("run", ColumnType.LONG), new ColumnSpec("seed", ColumnType.LONG),
        new ColumnSpec("steps", ColumnType.LONG), new ColumnSpec("stop", ColumnType.STRING), ColumnSpec.real("lr"),
        ColumnSpec.real("finalLoss"), ColumnSpec.real("weightDistance"), ColumnSpec.real("relativeWeightDistance"),
        ColumnSpec.real("changeNorm"), ColumnSpec.real(OPTIONAL.get(0)), ColumnSpec.real(OPTIONAL.get(1)),
        ColumnSpec.real(OPTIONAL.get(2)), ColumnSpec.real(OPTIONAL.get(3)), ColumnSpec.real("conditionNumber"),
        ColumnSpec.real("slope"), ColumnSpec.real("slopeStdErr"));

    /** The node's settings; the antisymmetric initialization needs even widths. */
    public static final class Settings extends Values {
        Settings(Values values) {
            super(values);
            for (long h : get(WIDTHS)) {
                if (get(INIT) == Initialization.ANTISYMMETRIC && h % 2 != 0) {
                    throw WIDTHS.invalid("must list even widths for the antisymmetric initialization, which pairs "
                        + "every unit with a mirrored copy; " + h + " is odd: use even widths or the gaussian "
                        + "initialization");
                }
            }
        }

        /** The engine's sweep settings; threads 0 is one per processor. */
        public NtkSweep.Settings sweep() {
            long threads = get(THREADS);
            int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : Math.toIntExact(threads);
            // one run's records are not kept: the sweep reports each run's end
            return new NtkSweep.Settings(get(WIDTHS), Math.toIntExact(get(SEEDS)), get(ACTIVATION), get(INIT),
                WideNetworkTrainerNode.training(get(LR), get(STEPS), get(TOL), get(LOSS), 0), get(SEED), n);
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("WideNetworkWidthSweep", "Wide Network Width Sweep", NodeInfo.Type.Other,
            "Runs the Wide Network Trainer for several widths: distance to the linearized min-norm solution against h.",
            List.of("For each width h and run j, draws the network of the Wide Network Trainer with a seed derived from "
                    + "(base seed, h, j), trains it by gradient descent until L ≤ tol, and records the distance "
                    + "||W(T) - W_lin||_F to the min-norm solution of its linearization at W(0), relative to "
                    + "||W_lin - W(0)||_F, and, with test points, the prediction distances to the linearized model "
                    + "and (ReLU) to infinite-width kernel regression K∞(x, X) K∞^(-1) y, as `lnet ntk-sweep` does.",
                "The distances shrink as h grows: the wide network stays in its linear regime. The least-squares slope "
                    + "of log(relativeWeightDistance) against log(h) over all runs, with its standard error, is "
                    + "repeated in every row (about -0.26 for ReLU, -0.47 for tanh on the built-in data).",
                "Without a data table the node uses the command line's data: n = " + SYNTHETIC_SAMPLES + " points "
                    + "uniform on the unit sphere of R^" + SYNTHETIC_DIM + ", y = sin(3 u^T x) for a random unit u, "
                    + SYNTHETIC_TEST_POINTS + " test points, data seed " + SYNTHETIC_SEED + ". Reference for the wide-"
                    + "network result: S. Satpathi, R. Srikant, L4DC 2021, arXiv:2105.06569; see docs/NTK.md."),
            List.of(PortDef.optionalTable("Data", "Optional training data (input columns X, one target column y, at "
                    + "most " + WideNetworkTrainerNode.MAX_ROWS + " rows); without it the built-in data are used."),
                PortDef.optionalTable("Test points", "Optional inputs with the data's input columns at which the "
                    + "prediction distances are measured; only with a data table.")),
            List.of(PortDef.table("Sweep", "One row per (h, run): h, run, seed, steps, stop, lr, finalLoss, "
                + "weightDistance, relativeWeightDistance, changeNorm, testPredictionDistance, "
                + "relativeTestPredictionDistance, infiniteWidthPredictionDistance, gramDistance, conditionNumber, "
                + "slope, slopeStdErr (missing where not applicable).")), NodeInfo.SATPATHI_SRIKANT);
    }

    public WideNetworkWidthSweepNode() {
        super(Settings::new, INPUTS, TARGET, WIDTHS, SEEDS, ACTIVATION, INIT, SEED, LR, STEPS, TOL, LOSS, THREADS);
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        TableSpec data = Common.tableSpec(in, 0);
        TableSpec test = in.length > 1 ? Common.tableSpec(in, 1) : null;
        int d = SYNTHETIC_DIM;
        if (data != null) {
            d = WideNetworkTrainerNode.select(data, test, s.get(INPUTS), s.get(TARGET)).inputs().size();
        } else if (test != null) {
            throw new InvalidInputException(Common.INPUT_COLUMNS, "Test points need a data table: without one the node "
                + "uses its built-in data, which come with " + SYNTHETIC_TEST_POINTS + " test points of their own.");
        }
        for (long h : s.get(WIDTHS)) {
            Checks.denseSize(WIDTHS.key(), h, d, "use smaller widths.");
        }
        return new PortSpec[] {OUTPUT};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        Table table = Common.table(in, 0);
        Table test = in.length > 1 ? Common.table(in, 1) : null;
        configure(s, new PortSpec[] {table == null ? null : table.spec(), test == null ? null : test.spec()});
        NtkData data = table == null
            ? NtkData.sphere(SYNTHETIC_SAMPLES, SYNTHETIC_DIM, SYNTHETIC_TEST_POINTS, SYNTHETIC_SEED)
            : data(table, test, s, progress);
        NtkSweep.Result result;
        try {
            result = NtkSweep.run(data, s.sweep(), progress);
        } catch (InvalidInputException e) {
            throw WideNetworkTrainerNode.translated(e, table, WIDTHS);
        }
        NtkSweep.Fit fit = result.fit(NtkSweep.Row::relativeWeightDistance);
        TableBuilder b = Table.builder(OUTPUT);
        for (NtkSweep.Row r : result.rows()) {
            b.addCells(r.width(), (long) r.repetition(), r.seed(), r.steps(), r.converged() ? "tolerance" : "steps",
                r.learningRate(), r.finalLoss(), r.weightDistance(), r.relativeWeightDistance(), r.changeNorm(),
                orMissing(r.testPredictionDistance()), orMissing(r.relativeTestPredictionDistance()),
                orMissing(r.infiniteWidthPredictionDistance()), orMissing(r.gramDistance()), r.conditionNumber(),
                orMissing(fit.slope()), orMissing(fit.slopeStandardError()));
        }
        List<String> warnings = new ArrayList<>();
        if (result.unconverged() > 0) {
            warnings.add(String.format(Locale.ROOT, "%d of %d runs stopped at the step limit %d before the loss reached "
                + "tol = %g: their distances are not at convergence. Increase the maximum steps or the step η.",
                result.unconverged(), result.rows().size(), s.get(STEPS), s.get(TOL)));
        }
        return NodeResult.of(b.build()).withWarnings(warnings);
    }

    /**
     * X, y and the test points of the selected columns, as the node reads them (row limit, column rules, messages);
     * public for hosts that run the sweep themselves.
     *
     * @param test test inputs, or null for none
     */
    public static NtkData data(Table table, Table test, Settings s, Progress progress) {
        if (table.rows() > WideNetworkTrainerNode.MAX_ROWS) {
            throw new InvalidInputException(Common.INPUT_COLUMNS, String.format(Locale.ROOT, "The training table has "
                + "%d rows, but this node accepts at most %d: each run solves an n x n tangent-kernel system. Sample or "
                + "filter the rows first.", table.rows(), WideNetworkTrainerNode.MAX_ROWS));
        }
        ColumnSelection sel = WideNetworkTrainerNode.select(table.spec(), null, s.get(INPUTS), s.get(TARGET));
        DMatrixRMaj x = Matrices.matrix(table, sel.inputs(), "input", Common.INPUT_COLUMNS, progress);
        double[] y = Matrices.matrix(table, sel.targets(), "target", Common.TARGET_COLUMNS, progress).data;
        DMatrixRMaj xTest = test == null ? null
            : Matrices.matrix(test, sel.inputs(), "test input", Common.INPUT_COLUMNS, progress);
        return new NtkData(x, y, xTest, table.rows() + " rows, D = " + x.numCols
            + (xTest == null ? "" : ", " + xTest.numRows + " test points"));
    }

    private static Double orMissing(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
