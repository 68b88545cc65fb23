package org.lnet.node.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.train.Trainer;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.engine.train.TrainingResult;
import org.lnet.engine.train.TrajectoryPoint;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.SettingsStore;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.ColumnSelection;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** Gradient flow (adaptive ODE) or gradient descent from a given network, with the recorded trajectory. */
public final class GradientFlowTrainerNode implements LinearNetworkNode<GradientFlowTrainerNode.Settings> {

    static final Parameter INPUTS = Common.inputColumns(1);
    static final Parameter TARGETS = Common.targetColumns(1);
    static final Parameter METHOD = Parameter.choice("method", "Method", "flow: gradient flow dU/dt = -∇_U L, "
        + "dV/dt = -∇_V L integrated by Dormand-Prince 8(5,3) to the time horizon; gd: gradient descent with a fixed "
        + "step η for at most the given number of steps.", "flow", "flow", "gd");
    static final Parameter TIME = Parameter.real("time", "Time horizon T (flow)", "Gradient flow integrates from "
        + "t = 0 to t = T, in the time of the chosen loss convention.", 10).above(0);
    static final Parameter LR = Parameter.real("lr", "Step η (gd)", "Gradient-descent step. Too large a step "
        + "diverges; the error message then gives an estimate of the largest stable step for the run.", 0.01).above(0);
    static final Parameter STEPS = Parameter.whole("steps", "Maximum steps (gd)", "Gradient descent stops after "
        + "this many steps at the latest.", 10_000).atLeast(1).atMost(1_000_000_000L);
    static final Parameter TOL = Parameter.real("tol", "Stop tolerance", "Stop as soon as L(t) - L* ≤ tol "
        + "(0 = never stop early).", 0).atLeast(0);
    static final Parameter LOSS = Common.loss();
    static final Parameter RTOL = Parameter.real("rtol", "Relative tolerance (flow)", "Relative error tolerance of "
        + "the ODE integrator.", TrainingOptions.DEFAULT_RTOL).above(0).below(1);
    static final Parameter ATOL = Parameter.real("atol", "Absolute tolerance (flow)", "Absolute error tolerance of "
        + "the ODE integrator.", TrainingOptions.DEFAULT_ATOL).above(0);
    static final Parameter RECORDS = Parameter.whole("records", "Trajectory points", "Number of trajectory rows "
        + "between the start and the end, evenly spaced in time (flow) or steps (gd).",
        TrainingOptions.DEFAULT_RECORDS).atLeast(0).atMost(TrainingOptions.MAX_RECORDS);
    static final Parameter RCOND = Common.rcond();

    public record Settings(List<String> inputColumns, List<String> targetColumns, String method, double time,
                           double lr, long steps, double tol, String loss, double rtol, double atol, long records,
                           double rcond) implements LinearNetworkNode.Settings {
        @Override
        public void save(SettingsStore s) {
            INPUTS.write(s, inputColumns);
            TARGETS.write(s, targetColumns);
            METHOD.write(s, method);
            TIME.write(s, time);
            LR.write(s, lr);
            STEPS.write(s, steps);
            TOL.write(s, tol);
            LOSS.write(s, loss);
            RTOL.write(s, rtol);
            ATOL.write(s, atol);
            RECORDS.write(s, records);
            RCOND.write(s, rcond);
        }

        /** The engine's training options for these settings. */
        public TrainingOptions options() {
            TrainingOptions o = method.equals("flow")
                ? TrainingOptions.flow(time).withIntegratorTolerances(rtol, atol)
                : TrainingOptions.descent(lr, steps);
            return o.withLoss(LossConvention.parse(LOSS.key(), loss)).withTolerance(tol).withRecords((int) records);
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

    @Override
    public List<Parameter> parameters() {
        return List.of(INPUTS, TARGETS, METHOD, TIME, LR, STEPS, TOL, LOSS, RTOL, ATOL, RECORDS, RCOND);
    }

    @Override
    public Settings load(SettingsStore s) {
        return new Settings(INPUTS.readColumns(s), TARGETS.readColumns(s), METHOD.readChoice(s), TIME.readDouble(s),
            LR.readDouble(s), STEPS.readLong(s), TOL.readDouble(s), LOSS.readChoice(s), RTOL.readDouble(s),
            ATOL.readDouble(s), RECORDS.readLong(s), RCOND.readDouble(s));
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
            ColumnSelection sel = Common.select(data, s.inputColumns(), s.targetColumns(), net);
            if (net != null) {
                out = net.withColumns(sel.inputs(), sel.targets()).trained(s.loss());
            }
        }
        return new PortSpec[] {out, trajectorySpec()};
    }

    @Override
    public NodeResult execute(Settings s, PortValue[] in, Progress progress) {
        NetworkPortObject start = Common.network(in, 0);
        Table data = Common.table(in, 1);
        ColumnSelection sel = Common.select(data.spec(), s.inputColumns(), s.targetColumns(), start.spec());
        DataDecomposition dd = Common.data(data, sel, s.rcond(), progress);
        TrainingResult result = Trainer.train(start.network(), dd, s.options(), progress.slice(0.02, 0.98));
        List<TrajectoryPoint> points = result.trajectory();
        Table.Builder t = Table.builder(trajectorySpec());
        for (TrajectoryPoint p : points) {
            double[] v = p.values();
            Object[] cells = new Object[v.length + 1];
            for (int i = 0; i < v.length; i++) {
                cells[i] = v[i];
            }
            cells[v.length] = p.boundHolds();
            t.addCells(cells);
        }
        NetworkSpec outSpec = start.spec().withColumns(sel.inputs(), sel.targets()).trained(s.loss());
        progress.report(1, "done");
        return NodeResult.of(new NetworkPortObject(result.network(), outSpec), t.build()).withWarnings(
            warnings(s, result));
    }

    private static List<String> warnings(Settings s, TrainingResult r) {
        List<String> w = new ArrayList<>();
        if (s.tol() > 0 && r.stop() != TrainingResult.Stop.TOLERANCE) {
            w.add(String.format(Locale.ROOT, "Training ended (%s) before L - L* reached tol = %g: L - L* = %.3g. %s",
                r.stop().name().toLowerCase(Locale.ROOT), s.tol(), r.last().excessLoss(), s.method().equals("flow")
                    ? "Increase the time horizon T." : "Increase the steps or the step η."));
        }
        if (r.initialImbalance().c() == 0) {
            w.add("The initial imbalance gives c = 0: Theorem 1 guarantees no rate (e.g. a balanced start).");
        }
        return w;
    }
}
