package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lnet.engine.Checks;
import org.lnet.engine.Choice;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.analysis.Bounds;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.experiment.Figure1;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.engine.train.TrainingOptions.Method;
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
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/** The paper's Figure 1 experiment: distance to the min-norm solution against the width. */
public final class WidthSweepNode extends DeclaredNode<WidthSweepNode.Settings> {

    /** The paper's Figure 1 settings, whose values are the defaults of this node. */
    private static final WidthSweep.Settings FIGURE1 = Figure1.defaults(true).sweep();

    /** Explicit networks or implicit-width sampling. */
    public enum Mode implements Choice {
        EXPLICIT("the networks a full-matrix code would draw"),
        IMPLICIT("implicit-width sampling, exact in law and independent of h in cost (use it for very wide "
            + "networks)");

        private final String description;

        Mode(String description) {
            this.description = description;
        }

        @Override
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String description() {
            return description;
        }
    }

    public static final ColumnsSetting INPUTS = Common.inputColumns(0);
    public static final ColumnsSetting TARGETS = Common.targetColumns(0);
    public static final WidthsSetting WIDTHS = WidthsSetting.widths("widths", "Widths h", "Comma-separated widths, "
        + "each a whole number ≥ 1, e.g. 500, 1000, 2000, 5000, 10000.", FIGURE1.widths());
    public static final WholeSetting SEEDS = WholeSetting.whole("seeds", "Runs per width", "Independent "
        + "initializations per width.", FIGURE1.repetitions()).within(Checks.Range.COUNT).atMost(100_000);
    public static final ChoiceSetting<Mode> MODE = ChoiceSetting.choice("mode", "Width mode", "", Mode.class,
        FIGURE1.implicitWidth() ? Mode.IMPLICIT : Mode.EXPLICIT);
    public static final RealSetting ALPHA = Common.alpha("Initialization N(0, h^(-2α)). Theorem 2 bounds the "
        + "distance by a multiple of h^(-(2α - 1/2)) (a bound, vacuous on the paper's data at α = 1/2); the measured "
        + "distances decay at that rate because their leading term ||U2(0)V(0)^T||_F is of order h^(1/2 - 2α).");
    public static final ChoiceSetting<Method> METHOD = ChoiceSetting.choice("method", "Training", "Descent is the "
        + "paper's Figure 1; the flow gets the same time budget, η times the maximum steps. Running both shows how "
        + "far descent ends from the flow.", Method.class, FIGURE1.method())
        .ordered(Method.DESCENT, Method.FLOW);
    public static final RealSetting LR = RealSetting.real("lr", "Step η", "Gradient-descent step. The paper's "
        + "Figure 1 uses descent with a small fixed step on the mean loss; on its data η = 0.5 ends within 0.3% of the "
        + "exact flow's distance, while η = 2 sits at the edge of stability.", FIGURE1.learningRate())
        .within(TrainingOptions.STEP_RANGE);
    public static final RealSetting TOL = Common.tol(FIGURE1.tolerance(), TrainingOptions.TOLERANCE_RANGE, "Here L* = 1/2 ||(I - W W^T) Y||_F^2 "
        + "(times 2/n for the mean loss), the least-squares loss.");
    public static final ChoiceSetting<LossConvention> LOSS = Common.loss(FIGURE1.loss(), "Here Ŷ = X U V^T.");
    public static final WholeSetting STEPS = WholeSetting.whole("steps", "Maximum steps", "Step limit of each run.",
        FIGURE1.maxSteps()).within(Checks.Range.COUNT).atMost(1_000_000_000L);
    public static final WholeSetting SEED = Common.BASE_SEED;
    public static final RealSetting DELTA = RealSetting.real("delta", "Failure probability δ", "δ of Theorem 2's "
        + "bound, reported per run as its log.", FIGURE1.delta()).within(Bounds.DELTA_RANGE);
    public static final WholeSetting THREADS = Common.THREADS;

    /** Output columns, one row per (width, run). */
    public static final TableSpec OUTPUT = TableSpec.of(new ColumnSpec("h", ColumnType.LONG),
        new ColumnSpec("run", ColumnType.LONG), new ColumnSpec("seed", ColumnType.LONG),
        new ColumnSpec("steps", ColumnType.LONG), ColumnSpec.real("distance"), ColumnSpec.real("distanceOp"),
        ColumnSpec.real("finalLoss"), ColumnSpec.real("initialU2vNorm"), ColumnSpec.real("theorem2LogBound"),
        ColumnSpec.real("slope"), ColumnSpec.real("slopeStdErr"), ColumnSpec.real("finalU2vNorm"),
        ColumnSpec.real("initialDistanceOp"), new ColumnSpec("theorem2Vacuous", ColumnType.BOOLEAN),
        new ColumnSpec("converged", ColumnType.BOOLEAN), new ColumnSpec("n", ColumnType.LONG),
        new ColumnSpec("D", ColumnType.LONG), new ColumnSpec("m", ColumnType.LONG));

    /** The node's settings, turned into the engine's sweep settings. */
    public static final class Settings extends Values {
        Settings(Values values) {
            super(values);
        }

        /** The engine's sweep settings; threads 0 is one per processor. */
        public WidthSweep.Settings sweep() {
            long threads = get(THREADS);
            int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : Math.toIntExact(threads);
            return new WidthSweep.Settings(get(WIDTHS), Math.toIntExact(get(SEEDS)), get(ALPHA), get(LR), get(TOL),
                get(LOSS), get(STEPS), get(MODE) == Mode.IMPLICIT, get(SEED), get(DELTA), n, get(METHOD));
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("WidthSweep", "Width Sweep", NodeInfo.Type.Other,
            "Runs the paper's Figure 1 experiment: distance to the min-norm solution against the width h.",
            List.of("For each width h and run j, draws a Gaussian N(0, h^(-2α)) network with a seed derived from "
                    + "(base seed, h, j), trains it by gradient descent (or the exact flow) until L - L* ≤ tol, and "
                    + "records ||U(t_f)V(t_f)^T - Θ̂||_F, the operator-norm distance, the initial and final parts in "
                    + "span(Φ2), ||U2(0)V(0)^T||_F and ||U2(t_f)V(t_f)^T||_F (equal to the distance once L = L*, "
                    + "Proposition 1), and the log of Theorem 2's bound with a flag saying whether it is vacuous "
                    + "(not below the initial distance ||U(0)V(0)^T - Θ̂||_2).",
                "Theorem 2 is an upper bound of order h^(-(2α - 1/2)); the measured distances decay at that rate "
                    + "because their leading term ||U2(0)V(0)^T||_F is of order h^(1/2 - 2α). The least-squares slope "
                    + "of log(distance) against log(h) over all runs is repeated in every row with its standard "
                    + "error; n, D and m say which data the sweep ran on.",
                "Without a data table the node uses the paper's setting as defaults: n = 50, D = 200, m = 5, X entries "
                    + "N(0, 1)/sqrt(D), Y entries N(0, 1), data seed 42."),
            List.of(PortDef.optionalTable("Data", "Optional data; without it the Figure 1 synthetic data are used.")),
            List.of(PortDef.table("Sweep", "One row per (h, run): h, run, seed, steps, distance, distanceOp, finalLoss, "
                + "initialU2vNorm, theorem2LogBound, slope, slopeStdErr, finalU2vNorm, initialDistanceOp, "
                + "theorem2Vacuous, converged, n, D, m.")));
    }

    public WidthSweepNode() {
        super(Settings::new, INPUTS, TARGETS, WIDTHS, SEEDS, MODE, ALPHA, METHOD, LR, TOL, LOSS, STEPS, SEED, DELTA,
            THREADS);
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        TableSpec data = Common.tableSpec(in, 0);
        int d = 200;
        int m = 5;
        if (data != null) {
            ColumnSelection sel = ColumnSelection.resolve(data, s.get(INPUTS), s.get(TARGETS), null);
            d = sel.inputs().size();
            m = sel.targets().size();
        }
        for (long h : s.get(WIDTHS)) {
            Common.requireStorable(d, m, h, s.get(MODE) == Mode.IMPLICIT);
        }
        return new PortSpec[] {OUTPUT};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        Table table = Common.table(in, 0);
        configure(s, new PortSpec[] {table == null ? null : table.spec()});
        DataDecomposition data;
        if (table == null) {
            data = Figure1.defaults(true).data();
        } else {
            ColumnSelection sel = ColumnSelection.resolve(table.spec(), s.get(INPUTS), s.get(TARGETS), null);
            data = Common.data(table, sel, 0, progress);
        }
        WidthSweep.Result result = WidthSweep.run(data, s.sweep(), progress);
        TableBuilder b = Table.builder(OUTPUT);
        for (WidthSweep.Row r : result.rows()) {
            b.addCells(r.width(), (long) r.repetition(), r.seed(), r.steps(), r.distance(), r.distanceOp(),
                r.finalLoss(), r.initialU2vNorm(), r.theorem2LogBound(), result.slope(), result.slopeStandardError(),
                r.finalU2vNorm(), r.initialDistanceOp(), r.theorem2Vacuous(), r.converged(), (long) data.samples(),
                (long) data.inputDim(), (long) data.outputDim());
        }
        return NodeResult.of(b.build()).withWarnings(warnings(s, result));
    }

    /** Every NaN or unconverged number in the table is explained, never left for the user to discover. */
    private static List<String> warnings(Settings s, WidthSweep.Result result) {
        List<String> warnings = new ArrayList<>();
        // a single width is refused when the settings load (WidthsSetting)
        if (result.rows().size() < 3) {
            warnings.add("Two runs give no standard error of the slope (slopeStdErr is NaN): use more runs.");
        }
        if (!Checks.boundAlphaHolds(s.get(ALPHA))) {
            warnings.add("α = " + s.get(ALPHA) + " is outside (1/4, 1/2], where Theorem 2 holds: theorem2LogBound is "
                + "NaN.");
        }
        long unconverged = result.unconverged();
        if (unconverged > 0) {
            warnings.add(String.format(Locale.ROOT, "%d of %d runs stopped at the step limit (%d) before L - L* "
                + "reached tol = %g: their distances are not those of converged networks. %s", unconverged,
                result.rows().size(), s.get(STEPS), s.get(TOL), s.get(METHOD) == Method.FLOW
                    ? "Raise the steps: the flow's time budget is η times the steps."
                    : "Raise the steps, or lower the step η (descent can settle into a 2-cycle when η is near its "
                        + "stability limit)."));
        }
        return warnings;
    }
}
