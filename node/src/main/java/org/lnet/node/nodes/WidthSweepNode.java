package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.experiment.Figure1;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.SettingsStore;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** The paper's Figure 1 experiment: distance to the min-norm solution against the width. */
public final class WidthSweepNode implements LinearNetworkNode<WidthSweepNode.Settings> {

    static final Parameter INPUTS = Common.inputColumns(0);
    static final Parameter TARGETS = Common.targetColumns(0);
    static final Parameter WIDTHS = Parameter.text("widths", "Widths h", "Comma-separated widths, each a whole number "
        + "≥ 1, e.g. 500, 1000, 2000, 5000, 10000.", "500, 1000, 2000, 5000, 10000");
    static final Parameter SEEDS = Parameter.whole("seeds", "Runs per width", "Independent initializations per width.",
        5).atLeast(1).atMost(100_000);
    static final Parameter MODE = Parameter.choice("mode", "Width mode", "explicit: the networks a full-matrix code "
        + "would draw; implicit: implicit-width sampling, exact in law and independent of h in cost (use it for very "
        + "wide networks).", "implicit", "explicit", "implicit");
    static final Parameter ALPHA = Common.alpha("Initialization N(0, h^(-2α)). Theorem 2 bounds the distance by a "
        + "multiple of h^(-(2α - 1/2)) (a bound, vacuous on the paper's data at α = 1/2); the measured distances decay "
        + "at that rate because their leading term ||U2(0)V(0)^T||_F is of order h^(1/2 - 2α).");
    static final Parameter METHOD = Parameter.choice("method", "Training", "gd: gradient descent with the fixed step η "
        + "(the paper's Figure 1); flow: the exact gradient flow, given the same time budget η times the maximum "
        + "steps. Running both shows how far descent ends from the flow.", "gd", "gd", "flow");
    static final Parameter LR = Parameter.real("lr", "Step η", "Gradient-descent step. The paper's Figure 1 uses "
        + "descent with a small fixed step on the mean loss; on its data η = 0.5 ends within 0.3% of the exact flow's "
        + "distance, while η = 2 sits at the edge of stability.", Figure1.DEFAULT_STEP).above(0);
    static final Parameter TOL = Parameter.real("tol", "Stop tolerance", "Each run stops once L - L* ≤ tol.", 1e-10)
        .atLeast(0);
    static final Parameter LOSS = Parameter.choice("loss", "Loss convention", "mean: ||Y - X U V^T||_F^2 / n (the "
        + "paper's experiments); sum: 1/2 ||Y - X U V^T||_F^2.", "mean", "sum", "mean");
    static final Parameter STEPS = Parameter.whole("steps", "Maximum steps", "Step limit of each run.", 100_000)
        .atLeast(1).atMost(1_000_000_000L);
    static final Parameter SEED = Parameter.whole("seed", "Base seed", "Run (h, j) uses a seed derived from this one, "
        + "so results do not depend on the order or the number of threads.", 1);
    static final Parameter DELTA = Parameter.real("delta", "Failure probability δ", "δ of Theorem 2's bound, reported "
        + "per run as its log.", 0.1).above(0).below(1);
    static final Parameter THREADS = Parameter.whole("threads", "Threads", "Worker threads; 0 = one per processor. The "
        + "results are identical for any number of threads.", 0).atLeast(0).atMost(1024);

    /** Output columns, one row per (width, run). */
    public static final TableSpec OUTPUT = TableSpec.of(new ColumnSpec("h", ColumnType.LONG),
        new ColumnSpec("run", ColumnType.LONG), new ColumnSpec("seed", ColumnType.LONG),
        new ColumnSpec("steps", ColumnType.LONG), ColumnSpec.real("distance"), ColumnSpec.real("distanceOp"),
        ColumnSpec.real("finalLoss"), ColumnSpec.real("initialU2vNorm"), ColumnSpec.real("theorem2LogBound"),
        ColumnSpec.real("slope"), ColumnSpec.real("slopeStdErr"), ColumnSpec.real("finalU2vNorm"),
        ColumnSpec.real("initialDistanceOp"), new ColumnSpec("theorem2Vacuous", ColumnType.BOOLEAN),
        new ColumnSpec("converged", ColumnType.BOOLEAN), new ColumnSpec("n", ColumnType.LONG),
        new ColumnSpec("D", ColumnType.LONG), new ColumnSpec("m", ColumnType.LONG));

    public record Settings(List<String> inputColumns, List<String> targetColumns, String widths, long seeds,
                           String mode, double alpha, String method, double lr, double tol, String loss, long steps,
                           long seed, double delta, long threads) implements LinearNetworkNode.Settings {
        @Override
        public void save(SettingsStore s) {
            INPUTS.write(s, inputColumns);
            TARGETS.write(s, targetColumns);
            WIDTHS.write(s, widths);
            SEEDS.write(s, seeds);
            MODE.write(s, mode);
            ALPHA.write(s, alpha);
            METHOD.write(s, method);
            LR.write(s, lr);
            TOL.write(s, tol);
            LOSS.write(s, loss);
            STEPS.write(s, steps);
            SEED.write(s, seed);
            DELTA.write(s, delta);
            THREADS.write(s, threads);
        }

        /** The widths, parsed (Common.widthList). */
        public long[] widthList() {
            return Common.widthList(WIDTHS, widths);
        }

        /** The engine's sweep settings; threads 0 is one per processor. */
        public WidthSweep.Settings sweep() {
            int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : (int) threads;
            return new WidthSweep.Settings(widthList(), (int) seeds, alpha, lr, tol, LossConvention.parse(LOSS.key(), loss),
                steps, mode.equals("implicit"), seed, delta, n, TrainingOptions.Method.parse(METHOD.key(), method));
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

    @Override
    public List<Parameter> parameters() {
        return List.of(INPUTS, TARGETS, WIDTHS, SEEDS, MODE, ALPHA, METHOD, LR, TOL, LOSS, STEPS, SEED, DELTA, THREADS);
    }

    @Override
    public Settings load(SettingsStore s) {
        Settings out = new Settings(INPUTS.readColumns(s), TARGETS.readColumns(s), WIDTHS.readText(s),
            SEEDS.readLong(s), MODE.readChoice(s), ALPHA.readDouble(s), METHOD.readChoice(s), LR.readDouble(s),
            TOL.readDouble(s),
            LOSS.readChoice(s), STEPS.readLong(s), SEED.readLong(s), DELTA.readDouble(s), THREADS.readLong(s));
        out.widthList();
        return out;
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        TableSpec data = Common.tableSpec(in, 0);
        int d = 200;
        int m = 5;
        if (data != null) {
            ColumnSelection sel = ColumnSelection.resolve(data, s.inputColumns(), s.targetColumns(), null);
            d = sel.inputs().size();
            m = sel.targets().size();
        }
        for (long h : s.widthList()) {
            Common.requireStorable(d, m, h, s.mode().equals("implicit"));
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
            ColumnSelection sel = ColumnSelection.resolve(table.spec(), s.inputColumns(), s.targetColumns(), null);
            data = Common.data(table, sel, 0, progress);
        }
        WidthSweep.Result result = WidthSweep.run(data, s.sweep(), progress);
        Table.Builder b = Table.builder(OUTPUT);
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
        // a single width is refused when the settings load (Common.widthList)
        if (result.rows().size() < 3) {
            warnings.add("Two runs give no standard error of the slope (slopeStdErr is NaN): use more runs.");
        }
        if (!(s.alpha() > 0.25 && s.alpha() <= 0.5)) {
            warnings.add("α = " + s.alpha() + " is outside (1/4, 1/2], where Theorem 2 holds: theorem2LogBound is "
                + "NaN.");
        }
        long unconverged = result.unconverged();
        if (unconverged > 0) {
            warnings.add(String.format(Locale.ROOT, "%d of %d runs stopped at the step limit (%d) before L - L* "
                + "reached tol = %g: their distances are not those of converged networks. %s", unconverged,
                result.rows().size(), s.steps(), s.tol(), s.method().equals("flow")
                    ? "Raise the steps: the flow's time budget is η times the steps."
                    : "Raise the steps, or lower the step η (descent can settle into a 2-cycle when η is near its "
                        + "stability limit)."));
        }
        return warnings;
    }
}
