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
import org.lnet.engine.ntk.LinearizedSolution;
import org.lnet.engine.ntk.TangentKernel;
import org.lnet.engine.ntk.TrainingResult;
import org.lnet.engine.ntk.TrainingSettings;
import org.lnet.engine.ntk.TrajectoryRecord;
import org.lnet.engine.ntk.WideNetwork;
import org.lnet.engine.ntk.WideNetworkTrainer;
import org.lnet.node.DeclaredNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.ChoiceSetting;
import org.lnet.node.ColumnsSetting;
import org.lnet.node.NodeErrors;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.RealSetting;
import org.lnet.node.Values;
import org.lnet.node.WholeSetting;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/**
 * A wide nonlinear network f(x) = h^(-1/2) Σ_j a_j σ(w_j^T x) trained by gradient descent and compared with the
 * min-norm solution of its linearization at initialization (org.lnet.engine.ntk, docs/NTK.md). One width per run:
 * the distance-against-width experiment is this node at several widths.
 */
public final class WideNetworkTrainerNode extends DeclaredNode<WideNetworkTrainerNode.Settings> {

    /**
     * Most training rows accepted. The tangent kernel is an n x n matrix whose eigenvalues are computed (O(n^3)), and a
     * row-count error is more useful than an OutOfMemoryError or a run that never ends.
     */
    public static final int MAX_ROWS = 5000;

    public static final ColumnsSetting INPUTS = ColumnsSetting.columns(Common.INPUT_COLUMNS, "Input columns (X)",
        "Numeric columns that form the inputs X, one sample per row. Leave empty for every numeric column that is not "
            + "the target.", Parameter.ColumnRole.INPUTS, 0);
    public static final ColumnsSetting TARGET = ColumnsSetting.columns(Common.TARGET_COLUMNS, "Target column (y)",
        "The one numeric column that forms the targets y (the network has a single output). Leave empty for the last "
            + "numeric column.", Parameter.ColumnRole.TARGETS, 0);
    public static final WholeSetting WIDTH = WholeSetting.whole("width", "Width h", "Number of hidden units h; the "
        + "first layer W is h x D. Must be even for the antisymmetric initialization. The wider, the closer training "
        + "ends to the linearized solution.", 1000).within(Checks.Range.COUNT);
    public static final ChoiceSetting<Activation> ACTIVATION = ChoiceSetting.choice("activation", "Activation σ",
        "Smooth activations stay closer to the linearization but train more slowly.", Activation.class,
        Activation.RELU);
    public static final ChoiceSetting<Initialization> INIT = ChoiceSetting.choice("init", "Initialization", "",
        Initialization.class, Initialization.ANTISYMMETRIC)
        .ordered(Initialization.ANTISYMMETRIC, Initialization.GAUSSIAN);
    public static final WholeSetting SEED = Common.SEED;
    public static final RealSetting LR = RealSetting.real("lr", "Step η (0 = auto)", "Gradient-descent step. 0 = "
        + "auto: η = 1/(g λ_max(K(0))), half the linearized model's stability limit 2/(g λ_max(K(0))), where K(0) is "
        + "the tangent kernel at initialization and g = 1 (sum loss) or 2/n (mean loss).", 0).atLeast(0);
    public static final WholeSetting STEPS = WholeSetting.whole("steps", "Maximum steps", "Gradient descent stops "
        + "after this many steps at the latest.", TrainingSettings.DEFAULT_STEPS).within(TrainingSettings.STEPS_RANGE)
        .atMost(1_000_000_000L);
    public static final RealSetting TOL = Common.tol(TrainingSettings.DEFAULT_TOLERANCE,
        TrainingSettings.TOLERANCE_RANGE, "Here L* = 0: the tangent "
        + "kernel K(0) is positive definite (the node refuses the data otherwise), so a wide network interpolates the "
        + "training points and the rule reads L ≤ tol.");
    public static final ChoiceSetting<LossConvention> LOSS = Common.loss(LossConvention.SUM, "Here Ŷ = f(X), the "
        + "network's outputs at the training inputs.");
    public static final WholeSetting RECORDS = WholeSetting.whole("records", "Trajectory records", "Trajectory rows "
        + "besides the first and the last, at geometrically spaced steps between 1 and the maximum steps (so a log "
        + "step axis shows them evenly).", TrainingSettings.DEFAULT_RECORDS).within(TrainingSettings.RECORDS_RANGE)
        .atMost(100_000);

    /** Output column names of the trained network's and the linearized model's predictions. */
    public static final String TRAINED = "Prediction (trained network)";
    public static final String LINEARIZED = "Prediction (linearized model)";

    /** One row per recorded step; testPredictionDistance is missing without test points. */
    public static final TableSpec TRAJECTORY = TableSpec.of(new ColumnSpec("step", ColumnType.LONG),
        ColumnSpec.real("loss"), ColumnSpec.real("weightDistance"), ColumnSpec.real("relativeWeightDistance"),
        ColumnSpec.real("trainPredictionDistance"), ColumnSpec.real("testPredictionDistance"));

    /** One row; testPredictionDistance is missing without test points, gramDistance for activations other than ReLU. */
    public static final TableSpec SUMMARY = TableSpec.of(new ColumnSpec("h", ColumnType.LONG),
        new ColumnSpec("seed", ColumnType.LONG), new ColumnSpec("steps", ColumnType.LONG),
        new ColumnSpec("stop", ColumnType.STRING), ColumnSpec.real("lr"), ColumnSpec.real("finalLoss"),
        ColumnSpec.real("weightDistance"), ColumnSpec.real("relativeWeightDistance"), ColumnSpec.real("changeNorm"),
        ColumnSpec.real("trainPredictionDistance"), ColumnSpec.real("testPredictionDistance"),
        ColumnSpec.real("conditionNumber"), ColumnSpec.real("gramDistance"));

    /** The node's settings; the antisymmetric initialization needs an even width. */
    public static final class Settings extends Values {
        Settings(Values values) {
            super(values);
            requireEvenWidth(WIDTH, get(WIDTH), get(INIT));
        }

        /** The engine's training settings: lr 0 is the automatic step. */
        public TrainingSettings training() {
            return WideNetworkTrainerNode.training(get(LR), get(STEPS), get(TOL), get(LOSS), get(RECORDS));
        }

        /** The initial network for D inputs, W(0) from the seed. */
        public WideNetwork initialNetwork(int inputDim) {
            return WideNetwork.initialize(get(WIDTH), inputDim, get(ACTIVATION), get(INIT), get(SEED));
        }
    }

    /** Mirrored pairs need an even width: refuses an odd one naming the width setting. */
    static void requireEvenWidth(Parameter width, long h, Initialization init) {
        if (init == Initialization.ANTISYMMETRIC && h % 2 != 0) {
            throw width.invalid("must be even for the antisymmetric initialization, which pairs every unit with a "
                + "mirrored copy, not " + h + ": use an even width or the gaussian initialization");
        }
    }

    /** The engine's training settings of these settings' values; lr 0 is the automatic step. */
    static TrainingSettings training(double lr, long steps, double tol, LossConvention loss, long records) {
        TrainingSettings t = TrainingSettings.defaults().withMaxSteps(steps).withTolerance(tol).withLoss(loss)
            .withRecords(Math.toIntExact(records));
        return lr == 0 ? t.withAutoLearningRate() : t.withLearningRate(lr);
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("WideNetworkTrainer", "Wide Network Trainer", NodeInfo.Type.Learner,
            "Trains a wide nonlinear network by gradient descent and measures its distance to the min-norm solution "
                + "of its linearization.",
            List.of("Trains the first layer W (h x D) of f(x) = h^(-1/2) Σ_j a_j σ(w_j^T x), with fixed output signs "
                    + "a_j = ±1 and a seeded random start W(0), by gradient descent W ← W - η ∇L until L ≤ tol or the "
                    + "step limit. Unlike the linear networks of the other nodes, this network is nonlinear; the node "
                    + "shows how a wide one behaves like its linearization (the neural tangent kernel regime).",
                "Linearized at W(0), the network is f_lin(x; W) = f(x; W(0)) + <∇_W f(x; W(0)), W - W(0)>. Its "
                    + "min-norm interpolating weights are W_lin = W(0) + J^T α with K α = y - f(X; W(0)), where J is "
                    + "the Jacobian on the training inputs and K = J J^T the tangent kernel at W(0); f_lin(x) = "
                    + "f(x; W(0)) + K(x, X) α fits the training targets exactly. As h grows, training ends closer to "
                    + "W_lin (relative distance about h^(-1/4) for ReLU, h^(-1/2) for tanh) and its predictions closer "
                    + "to f_lin. Run the node at several widths (e.g. in a loop over 'width') and plot the summary's "
                    + "relativeWeightDistance against h on log-log axes to see it.",
                "Outputs: the trajectory (step, loss, ||W(t) - W_lin||_F, that divided by ||W_lin - W(0)||_F, and "
                    + "the root mean square of f(x; W(t)) - f_lin(x) on the training and on the test points), ready "
                    + "for a line plot; a one-row summary (width, seed, steps, why training stopped, the step used, "
                    + "final loss and distances, ||W_lin - W(0)||_F, the condition number of K(0) and, for ReLU, "
                    + "||K(0) - K∞||_F / ||K∞||_F with the infinite-width kernel K∞(x, x') = x^T x' (π - θ)/(2π)); "
                    + "and both models' predictions at the test points (at the training points without a test "
                    + "table).",
                "The weight statement is from S. Satpathi and R. Srikant, \"The Dynamics of Gradient Descent for "
                    + "Overparametrized Neural Networks\", L4DC 2021, arXiv:2105.06569; the project's docs/NTK.md "
                    + "derives the formulas and reports the measured rates."),
            List.of(PortDef.table("Data", "Training data: the selected input columns form X (n x D, at most "
                    + MAX_ROWS + " rows), the one target column y."),
                PortDef.optionalTable("Test points", "Inputs at which the trained network is compared with the "
                    + "linearized model; must have the selected input columns.")),
            List.of(PortDef.table("Trajectory", "One row per recorded step: step, loss, weightDistance, "
                    + "relativeWeightDistance, trainPredictionDistance, testPredictionDistance (missing without test "
                    + "points)."),
                PortDef.table("Summary", "One row: h, seed, steps, stop (tolerance or steps), lr, finalLoss, "
                    + "weightDistance, relativeWeightDistance, changeNorm, trainPredictionDistance, "
                    + "testPredictionDistance, conditionNumber, gramDistance (ReLU only)."),
                PortDef.table("Predictions", "One row per test point (per training point without a test table), "
                    + "row ids kept: the input columns, '" + TRAINED + "' f(x; W(T)) and '" + LINEARIZED
                    + "' f_lin(x).")), NodeInfo.SATPATHI_SRIKANT);
    }

    public WideNetworkTrainerNode() {
        super(Settings::new, INPUTS, TARGET, WIDTH, ACTIVATION, INIT, SEED, LR, STEPS, TOL, LOSS, RECORDS);
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        TableSpec data = Common.tableSpec(in, 0);
        if (data == null) {
            return new PortSpec[] {TRAJECTORY, SUMMARY, null};
        }
        ColumnSelection sel = select(data, in.length > 1 ? Common.tableSpec(in, 1) : null, s.get(INPUTS),
            s.get(TARGET));
        Checks.denseSize(WIDTH.key(), s.get(WIDTH), sel.inputs().size(), "use a smaller width.");
        return new PortSpec[] {TRAJECTORY, SUMMARY, predictionsSpec(sel.inputs())};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        Table data = Common.table(in, 0);
        Table test = in.length > 1 ? Common.table(in, 1) : null;
        configure(s, new PortSpec[] {data.spec(), test == null ? null : test.spec()});
        ColumnSelection sel = select(data.spec(), null, s.get(INPUTS), s.get(TARGET));
        if (data.rows() > MAX_ROWS) {
            throw new InvalidInputException(Common.INPUT_COLUMNS, String.format(Locale.ROOT, "The training table has "
                + "%d rows, but this node accepts at most %d: the tangent kernel is an n x n matrix whose eigenvalues it "
                + "computes (O(n^3)). Sample or filter the rows first.", data.rows(), MAX_ROWS));
        }
        progress.report(0, "reading the data");
        DMatrixRMaj x = Matrices.matrix(data, sel.inputs(), "input", Common.INPUT_COLUMNS, progress);
        double[] y = Matrices.matrix(data, sel.targets(), "target", Common.TARGET_COLUMNS, progress).data;
        DMatrixRMaj xTest = test == null ? null
            : Matrices.matrix(test, sel.inputs(), "test input", Common.INPUT_COLUMNS, progress);
        progress.checkCanceled();
        progress.report(0.01, "tangent kernel at initialization and the min-norm linearized solution");
        TrainingResult r;
        try {
            LinearizedSolution lin = LinearizedSolution.solve(s.initialNetwork(x.numCols), x, y);
            progress.checkCanceled();
            r = WideNetworkTrainer.train(lin, xTest, s.training(), progress.slice(0.05, 0.97));
        } catch (InvalidInputException e) {
            throw translated(e, data, WIDTH);
        }
        progress.report(0.98, "tables");
        Table predictions = test == null
            ? predictions(data, x, r.network().predict(x), r.linearized().fittedValues(), sel.inputs())
            : predictions(test, xTest, r.testPredictions(), r.linearizedTestPredictions(), sel.inputs());
        NodeResult result = NodeResult.of(trajectory(r, test != null), summary(s, r, test != null), predictions);
        progress.report(1, "done");
        return result.withWarnings(warnings(s, r));
    }

    /** The columns, with exactly one target, and the test table (if any) has the input columns. */
    static ColumnSelection select(TableSpec spec, TableSpec test, List<String> inputs, List<String> targets) {
        ColumnSelection sel = ColumnSelection.resolve(spec, inputs, targets, null);
        if (sel.targets().size() != 1) {
            throw TARGET.invalid("selects " + sel.targets().size() + " columns (" + String.join(", ", sel.targets())
                + "), but the network has one output: select one target column");
        }
        for (String c : test == null ? List.<String>of() : sel.inputs()) {
            int i = test.indexOf(c);
            if (i < 0 || !test.column(i).type().isNumeric()) {
                throw new InvalidInputException(Common.INPUT_COLUMNS, "Input column '" + c + "' is "
                    + (i < 0 ? "not in" : "not a numeric column of") + " the test table (columns: "
                    + String.join(", ", test.names()) + "): the test points need the training data's input columns.");
            }
        }
        return sel;
    }

    /** The selected input columns, then the two predictions (renamed if an input column has their name). */
    public static TableSpec predictionsSpec(List<String> inputs) {
        TableSpec in = TableSpec.reals(inputs);
        String trained = in.uniqueName(TRAINED);
        String linearized = in.append(TableSpec.reals(List.of(trained))).uniqueName(LINEARIZED);
        return in.append(TableSpec.reals(List.of(trained, linearized)));
    }

    /**
     * The engine names its matrices and parameters (X, width, lr); the node's user knows settings and row ids. Rows
     * of X are positions in the table, so the engine's row indices become the table's row ids.
     *
     * @param data the table X was read from, or null for data the node made itself
     * @param width the node's setting for the width
     */
    static InvalidInputException translated(InvalidInputException e, Table data, Parameter width) {
        return switch (e.subject()) {
            case "X" -> NodeErrors.rowsOf(e, "X", data == null ? null : r -> data.rowId(Math.toIntExact(r)),
                Common.INPUT_COLUMNS, "the input columns");
            case "lr" -> NodeErrors.about(e, LR).withNote("In this node, lr = 0 is 'auto'.");
            case "width" -> NodeErrors.about(e, width);
            default -> e;
        };
    }

    private static Table trajectory(TrainingResult r, boolean hasTest) {
        TableBuilder b = Table.builder(TRAJECTORY);
        for (TrajectoryRecord t : r.trajectory()) {
            b.addCells(t.step(), t.loss(), t.weightDistance(), t.relativeWeightDistance(), t.trainPredictionDistance(),
                hasTest ? t.testPredictionDistance() : null);
        }
        return b.build();
    }

    private static Table summary(Settings s, TrainingResult r, boolean hasTest) {
        LinearizedSolution lin = r.linearized();
        Double gramDistance = null;
        if (lin.initial().activation() == Activation.RELU) {
            gramDistance = TangentKernel.relativeDistance(lin.gram(), TangentKernel.reluInfiniteWidth(lin.inputs(), lin.inputs()));
        }
        TrajectoryRecord end = r.last();
        return Table.builder(SUMMARY).addCells(s.get(WIDTH), s.get(SEED), r.steps(), r.stop().name().toLowerCase(Locale.ROOT),
            r.learningRate(), end.loss(), end.weightDistance(), end.relativeWeightDistance(), lin.changeNorm(),
            end.trainPredictionDistance(), hasTest ? end.testPredictionDistance() : null, lin.conditionNumber(),
            gramDistance).build();
    }

    private static Table predictions(Table rows, DMatrixRMaj x, double[] trained, double[] linearized,
                                     List<String> inputs) {
        TableBuilder b = Table.builder(predictionsSpec(inputs));
        Object[] cells = new Object[x.numCols + 2];
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                cells[j] = x.unsafe_get(i, j);
            }
            cells[x.numCols] = trained[i];
            cells[x.numCols + 1] = linearized[i];
            b.addRow(rows.rowId(i), cells);
        }
        return b.build();
    }

    private static List<String> warnings(Settings s, TrainingResult r) {
        List<String> w = new ArrayList<>();
        if (!r.converged()) {
            w.add(String.format(Locale.ROOT, "Training stopped after %d steps with loss %.3g > tol = %g: the distances "
                + "describe an unconverged network. Increase the maximum steps or the step η.", r.steps(),
                r.last().loss(), s.get(TOL)));
        }
        return w;
    }
}
