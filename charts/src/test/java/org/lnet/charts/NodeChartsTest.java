package org.lnet.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Progress;
import org.lnet.engine.data.SyntheticData;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.NodeResult;
import org.lnet.node.PortValue;
import org.lnet.node.nodes.GradientFlowTrainerNode;
import org.lnet.node.nodes.RandomInitializerNode;
import org.lnet.node.nodes.WidthSweepNode;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** The charts of node output tables plot exactly the tables' numbers. */
class NodeChartsTest {

    /** n = 8 samples, D = 5 inputs, m = 1 target. */
    private static Table data() {
        SyntheticData.Pair p = SyntheticData.figure1(8, 5, 1, 3);
        List<String> names = new ArrayList<>(List.of("x1", "x2", "x3", "x4", "x5"));
        Table x = Matrices.table(p.x(), names, null);
        return Matrices.append(x, Matrices.table(p.y(), List.of("y"), null));
    }

    private static Table trajectory() {
        Table data = data();
        MapSettingsStore init = new MapSettingsStore();
        init.putLong("width", 20);
        PortValue net = new RandomInitializerNode().execute(init, new PortValue[] {data}, Progress.NONE).output(0);
        MapSettingsStore train = new MapSettingsStore();
        train.putDouble("time", 5);
        train.putLong("records", 12);
        NodeResult r = new GradientFlowTrainerNode().execute(train, new PortValue[] {net, data}, Progress.NONE);
        return (Table) r.output(1);
    }

    @Test
    void trajectoryChartPlotsTheTablesColumnsUntilTheFloor() {
        Table t = trajectory();
        JFreeChart chart = NodeCharts.trajectory(t, "run");
        XYDataset series = chart.getXYPlot().getDataset();
        assertEquals(3, series.getSeriesCount());
        int excess = t.spec().indexOf("excessLoss");
        int time = t.spec().indexOf("t");
        // the flow decreases the excess loss from about 1 by far less than the 1e-12 floor in t = 5: every point shows
        assertEquals(t.rows(), series.getItemCount(0));
        for (int r = 0; r < t.rows(); r++) {
            assertEquals(t.getDouble(time, r), series.getXValue(0, r), 0.0);
            assertEquals(t.getDouble(excess, r), series.getYValue(0, r), 0.0);
        }
        BufferedImage image = Charts.image(chart, 640, 400);
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void trajectoryCurvesStopAtTheRoundingFloor() {
        double[] t = {0, 1, 2, 3};
        JFreeChart chart = Charts.trajectory(t, new double[] {1, 1e-3, 0, 0}, new double[] {1, 0.5, 0.25, 0.125},
            new double[] {2, Double.NaN, 1, 0.5}, "floor");
        XYDataset series = chart.getXYPlot().getDataset();
        assertEquals(3, series.getItemCount(0), "stops at the first value at or below the floor 1e-12 (L(0) - L*)");
        assertEquals(1e-12, series.getYValue(0, 2), 0.0, "clipped to the floor, relative to L(0) - L* = 1");
        assertEquals(4, series.getItemCount(1));
        assertEquals(3, series.getItemCount(2), "NaN skipped");
    }

    @Test
    void widthSweepChartIsFigure1OfTheTable() {
        MapSettingsStore s = new MapSettingsStore();
        s.putString("widths", "10, 40");
        s.putLong("seeds", 2);
        s.putDouble("lr", 0.5);
        s.putDouble("tol", 1e-8);
        s.putLong("threads", 1);
        Table sweep = (Table) new WidthSweepNode().execute(s, new PortValue[] {data()}, Progress.NONE).output(0);
        JFreeChart chart = NodeCharts.widthSweep(sweep, new WidthSweepNode().load(s));
        XYPlot plot = chart.getXYPlot();
        XYDataset means = plot.getDataset(0);
        assertEquals(2, means.getItemCount(0));
        int h = sweep.spec().indexOf("h");
        int d = sweep.spec().indexOf("distance");
        for (int i = 0; i < 2; i++) {
            double sum = 0;
            for (int r = 0; r < sweep.rows(); r++) {
                if (sweep.getLong(h, r) == means.getXValue(0, i)) {
                    sum += sweep.getDouble(d, r);
                }
            }
            assertEquals(sum / 2, means.getYValue(0, i), 1e-15 * sum, "mean of the two runs at this width");
        }
        String text = RichTitle.text(chart);
        assertTrue(text.contains("n = 8, D = 5, m = 1") && text.contains("\u03b7 = 0.5"), text);
    }

    @Test
    void otherTablesAreRefusedNamingTheMissingColumn() {
        Table other = Table.ofRows(TableSpec.reals(List.of("t", "loss")), new double[] {0, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> NodeCharts.trajectory(other, "x"));
        assertTrue(e.getMessage().contains("'excessLoss'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeCharts.widthSweep(other, new WidthSweepNode().defaults()));
    }
}
