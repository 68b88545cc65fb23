package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.train.Trainer;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.engine.train.TrainingOptions.Method;
import org.lnet.engine.train.TrainingResult;
import org.lnet.engine.train.TrajectoryPoint;
import org.lnet.node.DeclaredNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.ChoiceSetting;
import org.lnet.node.ColumnsSetting;
import org.lnet.node.RealSetting;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.Values;
import org.lnet.node.WholeSetting;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableBuilder;
import org.lnet.node.table.TableSpec;

/** Gradient flow (adaptive ODE) or gradient descent from a given network, with the recorded trajectory. */
public final class GradientFlowTrainerNode extends DeclaredNode<GradientFlowTrainerNode.Settings> {

    public static final ColumnsSetting INPUTS = Common.inputColumns(1);
    public static final ColumnsSetting TARGETS = Common.targetColumns(1);
    public static final ChoiceSetting<Method> METHOD = ChoiceSetting.choice("method", "Method", "The flow runs to "
        + "the time horizon, descent for at most the given number of steps.", Method.class, Method.FLOW);
    public static final RealSetting TIME = RealSetting.real("time", "Time horizon T (flow)", "Gradient flow "
        + "integrates from t = 0 to t = T, in the time of the chosen loss convention.", 10)
        .within(TrainingOptions.TIME_RANGE);
    public static final RealSetting LR = RealSetting.real("lr", "Step η (gd)", "Gradient-descent step. Too large a "
        + "step diverges; the error message then gives an estimate of the largest stable step for the run.", 0.01)
        .within(TrainingOptions.STEP_RANGE);
    public static final WholeSetting STEPS = WholeSetting.whole("steps", "Maximum steps (gd)", "Gradient descent "
        + "stops after this many steps at the latest.", TrainingOptions.DEFAULT_STEPS)
        .within(TrainingOptions.STEPS_RANGE).atMost(1_000_000_000L);
    public static final RealSetting TOL = Common.tol(0, TrainingOptions.TOLERANCE_RANGE, "Here L* = 1/2 ||(I - W W^T) Y||_F^2 (times 2/n for the "
        + "mean loss), the least-squares loss the min-norm solution reaches.");
    public static final ChoiceSetting<LossConvention> LOSS = Common.loss(LossConvention.SUM, "Here Ŷ = X U V^T.");
    public static final RealSetting RTOL = RealSetting.real("rtol", "Relative tolerance (flow)", "Relative error "
        + "tolerance of the ODE integrator.", TrainingOptions.DEFAULT_RTOL).within(TrainingOptions.RTOL_RANGE);
    public static final RealSetting ATOL = RealSetting.real("atol", "Absolute tolerance (flow)", "Absolute error "
        + "tolerance of the ODE integrator.", TrainingOptions.DEFAULT_ATOL).within(TrainingOptions.ATOL_RANGE);
    public static final WholeSetting RECORDS = WholeSetting.whole("records", "Trajectory points", "Number of "
        + "trajectory rows between the start and the end, evenly spaced in time (flow) or steps (gd).",
        TrainingOptions.DEFAULT_RECORDS).within(TrainingOptions.RECORDS_RANGE);
    public static final RealSetting RCOND = Common.RCOND;

    /** The node's settings, turned into the engine's training options. */
    public static final class Settings extends Values {
        Settings(Values values) {
            super(values);
        }

        /** The engine's training options for these settings. */
        public TrainingOptions options() {
            TrainingOptions o = get(METHOD) == Method.FLOW
                ? TrainingOptions.flow(get(TIME)).withIntegratorTolerances(get(RTOL), get(ATOL))
                : TrainingOptions.descent(get(LR), get(STEPS));
            return o.withLoss(get(LOSS)).withTolerance(get(TOL)).withRecords(Math.toIntExact(get(RECORDS)));
        }
    }

    @Override
    public NodeInfo info() {
        return new NodeInfo("GradientFlowTrainer", "Gradient Flow Trainer", NodeInfo.Type.Learner,
            "Trains a linear network by gradient flow or gradient descent and records its trajectory.",
            List.of("Minimizes L = 1/2 ||Y - X U V^T||_F^2 (or the mean loss ||·||_F^2 / n) from the incoming network. "
                    + "The dynamics run in exact reduced coordinates: with the compact SVD X = W diag(s) Φ1^T, the "
                    + "flow (7) dV/dt = E^T diag(s) U1, dU1/dt = diag(s) E V, dU2/dt = 0 with E = W^T Y - diag(s) "
                    + "U1 V^T lives in a space of dimension at most (m + r)^2, so a step costs O(r m k) whatever the "
                    + "width h and input dimension D.",
                "The trajectory table has the columns of the command line's trajectory file: t, loss L(t), "
                    + "excessLoss L(t) - L*, theorem1Bound exp(-2 λ_r(Σx) c t)(L(0) - L*), u2vNorm ||U2 V^T||_F, "
                    + "distanceToMinNorm ||U V^T - Θ̂||_F, imbalanceDrift ||Λ(t) - Λ(0)||_F and boundHolds, ready for "
                    + "a line plot. Theorem 1 guarantees L(t) - L* ≤ the bound under gradient flow; the imbalance "
                    + "Λ = U1^T U1 - V^T V is conserved by the flow, not exactly by descent.",
                TrajectoryPoint.BOUND_HOLDS_RULE + "."),
            List.of(PortDef.network("Linear Network", "The initial network U(0), V(0)."),
                PortDef.table("Data", "Training data: the selected input columns form X, the target columns Y.")),
            List.of(PortDef.network("Trained Network", "The network at the end of training."),
                PortDef.table("Trajectory", "One row per recorded time (first t = 0, last the end of training).")));
    }

    public GradientFlowTrainerNode() {
        super(Settings::new, INPUTS, TARGETS, METHOD, TIME, LR, STEPS, TOL, LOSS, RTOL, ATOL, RECORDS, RCOND);
    }

    /** The trajectory table's columns (those of the command line's trajectory CSV): the reals, then boundHolds. */
    public static TableSpec trajectorySpec() {
        return TableSpec.reals(List.of(TrajectoryPoint.COLUMNS)).append(TableSpec.of(
            new ColumnSpec(TrajectoryPoint.BOUND_HOLDS, ColumnType.BOOLEAN)));
    }

    @Override
    public PortSpec[] configure(Settings s, PortSpec[] in) {
        NetworkSpec net = Common.networkSpec(in, 0);
        TableSpec data = Common.tableSpec(in, 1);
        NetworkSpec out = null;
        if (data != null) {
            ColumnSelection sel = Common.select(data, s.get(INPUTS), s.get(TARGETS), net);
            if (net != null) {
                out = net.withColumns(sel.inputs(), sel.targets()).trained(s.get(LOSS).key());
            }
        }
        return new PortSpec[] {out, trajectorySpec()};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        NetworkPortObject start = Common.network(in, 0);
        Table data = Common.table(in, 1);
        ColumnSelection sel = Common.select(data.spec(), s.get(INPUTS), s.get(TARGETS), start.spec());
        DataDecomposition dd = Common.data(data, sel, s.get(RCOND), progress);
        TrainingResult result = Trainer.train(start.network(), dd, s.options(), progress.slice(0.02, 0.98));
        List<TrajectoryPoint> points = result.trajectory();
        TableBuilder t = Table.builder(trajectorySpec());
        for (TrajectoryPoint p : points) {
            double[] v = p.values();
            Object[] cells = new Object[v.length + 1];
            for (int i = 0; i < v.length; i++) {
                cells[i] = v[i];
            }
            cells[v.length] = p.boundHolds();
            t.addCells(cells);
        }
        NetworkSpec outSpec = start.spec().withColumns(sel.inputs(), sel.targets()).trained(s.get(LOSS).key());
        progress.report(1, "done");
        return NodeResult.of(new NetworkPortObject(result.network(), outSpec), t.build()).withWarnings(
            warnings(s, result));
    }

    private static List<String> warnings(Settings s, TrainingResult r) {
        List<String> w = new ArrayList<>();
        if (s.get(TOL) > 0 && r.stop() != TrainingResult.Stop.TOLERANCE) {
            w.add(String.format(Locale.ROOT, "Training ended (%s) before L - L* reached tol = %g: L - L* = %.3g. %s",
                r.stop().name().toLowerCase(Locale.ROOT), s.get(TOL), r.last().excessLoss(), s.get(METHOD) == Method.FLOW
                    ? "Increase the time horizon T." : "Increase the steps or the step η."));
        }
        if (r.initialImbalance().c() == 0) {
            w.add("The initial imbalance gives c = 0: Theorem 1 guarantees no rate (e.g. a balanced start).");
        }
        return w;
    }
}
