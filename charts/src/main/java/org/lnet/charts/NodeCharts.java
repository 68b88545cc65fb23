package org.lnet.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.lnet.engine.ntk.NtkSweep;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.node.nodes.GradientFlowTrainerNode;
import org.lnet.node.nodes.WideNetworkTrainerNode;
import org.lnet.node.nodes.WideNetworkWidthSweepNode;
import org.lnet.node.nodes.WidthSweepNode;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/**
 * Charts of the node layer's output tables, for hosts that show plots beside the tables: the Gradient Flow Trainer's
 * trajectory, the Width Sweep's runs (the paper's Figure 1, drawn by {@link Charts#figure1}), the Wide Network
 * Trainer's trajectory ({@link NtkCharts#trajectory}) and the Wide Network Width Sweep's runs ({@link NtkCharts#sweep}).
 */
public final class NodeCharts {

    private NodeCharts() {
    }

    /**
     * The trajectory table of {@link GradientFlowTrainerNode} as {@link Charts#trajectory}.
     *
     * @throws IllegalArgumentException if the table does not have the trajectory columns
     */
    public static JFreeChart trajectory(Table trajectory, String title) {
        require(trajectory, GradientFlowTrainerNode.trajectorySpec(), "trajectory");
        return Charts.trajectory(column(trajectory, "t"), column(trajectory, "excessLoss"),
            column(trajectory, "theorem1Bound"), column(trajectory, "distanceToMinNorm"), title);
    }

    /**
     * The output table of {@link WidthSweepNode} as the paper's Figure 1 ({@link Charts#figure1}, standard-deviation
     * error bars): widths in the order of their first row, runs per width from the table, the data's n, D and m from
     * its columns, the training from the settings the node ran with (the table does not hold them).
     *
     * @throws IllegalArgumentException if the table does not have the sweep columns or has no rows
     */
    public static JFreeChart widthSweep(Table sweep, WidthSweepNode.Settings node) {
        require(sweep, WidthSweepNode.OUTPUT, "width sweep");
        if (sweep.rows() == 0) {
            throw new IllegalArgumentException("the width sweep table has no rows");
        }
        TableSpec spec = sweep.spec();
        int h = spec.indexOf("h");
        int run = spec.indexOf("run");
        Set<Long> widths = new LinkedHashSet<>();
        int runs = 0;
        List<WidthSweep.Row> rows = new ArrayList<>();
        for (int r = 0; r < sweep.rows(); r++) {
            long width = sweep.getLong(h, r);
            widths.add(width);
            runs = Math.max(runs, (int) sweep.getLong(run, r) + 1);
            rows.add(new WidthSweep.Row(width, (int) sweep.getLong(run, r), sweep.getLong(spec.indexOf("seed"), r),
                sweep.getLong(spec.indexOf("steps"), r), value(sweep, "distance", r), value(sweep, "distanceOp", r),
                value(sweep, "finalLoss", r), value(sweep, "initialU2vNorm", r), value(sweep, "finalU2vNorm", r),
                value(sweep, "initialDistanceOp", r), value(sweep, "theorem2LogBound", r),
                sweep.getBoolean(spec.indexOf("theorem2Vacuous"), r), sweep.getBoolean(spec.indexOf("converged"), r)));
        }
        WidthSweep.Settings ran = node.sweep();
        WidthSweep.Settings settings = new WidthSweep.Settings(widths.stream().mapToLong(Long::longValue).toArray(),
            runs, ran.alpha(), ran.learningRate(), ran.tolerance(), ran.loss(), ran.maxSteps(), ran.implicitWidth(),
            ran.seed(), ran.delta(), 1, ran.method());
        WidthSweep.Result result = new WidthSweep.Result(settings, rows, value(sweep, "slope", 0),
            value(sweep, "slopeStdErr", 0));
        String data = String.format(Locale.ROOT, "n = %d, D = %d, m = %d%s", sweep.getLong(spec.indexOf("n"), 0),
            sweep.getLong(spec.indexOf("D"), 0), sweep.getLong(spec.indexOf("m"), 0),
            settings.implicitWidth() ? ", implicit width" : "");
        return Charts.figure1(result, data);
    }

    /**
     * The trajectory table of {@link WideNetworkTrainerNode} as {@link NtkCharts#trajectory}; missing test distances
     * (no test points) leave that curve out.
     *
     * @throws IllegalArgumentException if the table does not have the trajectory columns
     */
    public static JFreeChart wideNetworkTrajectory(Table trajectory, String title) {
        require(trajectory, WideNetworkTrainerNode.TRAJECTORY, "wide-network trajectory");
        int step = trajectory.spec().indexOf("step");
        long[] steps = new long[trajectory.rows()];
        for (int r = 0; r < steps.length; r++) {
            steps[r] = trajectory.getLong(step, r);
        }
        return NtkCharts.trajectory(steps, column(trajectory, "loss"), column(trajectory, "relativeWeightDistance"),
            column(trajectory, "trainPredictionDistance"), column(trajectory, "testPredictionDistance"), title);
    }

    /**
     * The output table of {@link WideNetworkWidthSweepNode} as {@link NtkCharts#sweep}: the runs from the table, the
     * title and subtitles from the settings the sweep ran with (the table does not hold them).
     *
     * @param testPoints how many test points the sweep had (0 = none: no prediction curve)
     * @throws IllegalArgumentException if the table does not have the sweep columns or has no rows
     */
    public static JFreeChart wideNetworkSweep(Table sweep, NtkSweep.Settings settings, String dataDescription,
                                              int testPoints) {
        require(sweep, WideNetworkWidthSweepNode.OUTPUT, "wide-network sweep");
        if (sweep.rows() == 0) {
            throw new IllegalArgumentException("the wide-network sweep table has no rows");
        }
        TableSpec spec = sweep.spec();
        List<NtkSweep.Row> rows = new ArrayList<>();
        for (int r = 0; r < sweep.rows(); r++) {
            rows.add(new NtkSweep.Row(sweep.getLong(spec.indexOf("h"), r), (int) sweep.getLong(spec.indexOf("run"), r),
                sweep.getLong(spec.indexOf("seed"), r), sweep.getLong(spec.indexOf("steps"), r),
                "tolerance".equals(sweep.getString(spec.indexOf("stop"), r)), value(sweep, "lr", r),
                value(sweep, "finalLoss", r), value(sweep, "weightDistance", r), value(sweep, "relativeWeightDistance", r),
                value(sweep, "changeNorm", r), value(sweep, "testPredictionDistance", r),
                value(sweep, "relativeTestPredictionDistance", r), value(sweep, "infiniteWidthPredictionDistance", r),
                value(sweep, "gramDistance", r), value(sweep, "conditionNumber", r)));
        }
        return NtkCharts.sweep(new NtkSweep.Result(settings, null, rows), dataDescription, testPoints);
    }

    private static void require(Table table, TableSpec expected, String what) {
        for (String name : expected.names()) {
            if (!table.spec().contains(name)) {
                throw new IllegalArgumentException("not a " + what + " table: it has no column '" + name + "' "
                    + table.spec().names());
            }
        }
    }

    private static double value(Table table, String column, int row) {
        int c = table.spec().indexOf(column);
        return table.isMissing(c, row) ? Double.NaN : table.getDouble(c, row);
    }

    private static double[] column(Table table, String name) {
        double[] out = new double[table.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = value(table, name, r);
        }
        return out;
    }
}
