package org.lnet.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.lnet.engine.Progress;
import org.lnet.engine.ntk.NtkData;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.PortValue;
import org.lnet.node.nodes.WideNetworkTrainerNode;
import org.lnet.node.nodes.WideNetworkWidthSweepNode;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/** The Wide Network Trainer's trajectory chart plots exactly the table's numbers. */
class WideNetworkChartTest {

    private static Table trajectory(boolean withTest) {
        NtkData d = NtkData.sphere(10, 3, 20, 5);
        List<String> names = List.of("x1", "x2", "x3");
        Table data = Matrices.append(Matrices.table(d.x(), names, null),
            Table.ofRows(TableSpec.reals(List.of("y")), column(d.y())));
        MapSettingsStore s = new MapSettingsStore();
        s.putLong("width", 60);
        s.putLong("records", 10);
        PortValue test = withTest ? Matrices.table(d.xTest(), names, null) : null;
        return (Table) new WideNetworkTrainerNode().execute(s, new PortValue[] {data, test}, Progress.NONE).output(0);
    }

    private static double[][] column(double[] v) {
        double[][] rows = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            rows[i] = new double[] {v[i]};
        }
        return rows;
    }

    @Test
    void fourCurvesOfTheTablesColumnsAgainstTheStep() {
        Table t = trajectory(true);
        JFreeChart chart = NodeCharts.wideNetworkTrajectory(t, "run");
        XYDataset series = chart.getXYPlot().getDataset();
        assertEquals(4, series.getSeriesCount());
        String[] columns = {"loss", "relativeWeightDistance", "trainPredictionDistance", "testPredictionDistance"};
        for (int c = 0; c < columns.length; c++) {
            // every value of this short run is positive, so every row is drawn
            assertEquals(t.rows(), series.getItemCount(c), columns[c]);
            for (int r = 0; r < t.rows(); r++) {
                assertEquals(t.getLong(0, r), series.getXValue(c, r), 0.0);
                assertEquals(t.getDouble(t.spec().indexOf(columns[c]), r), series.getYValue(c, r), 0.0);
            }
        }
        BufferedImage image = Charts.image(chart, 640, 400);
        assertEquals(640, image.getWidth());
    }

    @Test
    void withoutTestPointsThatCurveIsLeftOut() {
        JFreeChart chart = NodeCharts.wideNetworkTrajectory(trajectory(false), "run");
        assertEquals(3, chart.getXYPlot().getDataset().getSeriesCount());
        assertTrue(chart.getXYPlot().getDataset().getSeriesKey(2).toString().contains("training points"));
    }

    /** The sweep chart's markers are the per-width means of the table's relative distances. */
    @Test
    void sweepChartShowsTheMeansOfTheTablesRuns() {
        MapSettingsStore s = new MapSettingsStore();
        s.putString("widths", "40, 160");
        s.putLong("seeds", 2);
        s.putLong("threads", 1);
        WideNetworkWidthSweepNode node = new WideNetworkWidthSweepNode();
        Table sweep = (Table) node.execute(s, new PortValue[] {null, null}, Progress.NONE).output(0);
        JFreeChart chart = NodeCharts.wideNetworkSweep(sweep, node.load(s).sweep(), "built-in data", 100);
        XYDataset means = chart.getXYPlot().getDataset(0);
        assertEquals(3, means.getSeriesCount(), "weights, test predictions, K(0) vs K∞");
        int h = sweep.spec().indexOf("h");
        int d = sweep.spec().indexOf("relativeWeightDistance");
        for (int i = 0; i < 2; i++) {
            double sum = 0;
            for (int r = 0; r < sweep.rows(); r++) {
                if (sweep.getLong(h, r) == means.getXValue(0, i)) {
                    sum += sweep.getDouble(d, r);
                }
            }
            assertEquals(sum / 2, means.getYValue(0, i), 1e-15 * sum, "mean of the two runs at this width");
        }
        assertEquals(2, NodeCharts.wideNetworkSweep(sweep, node.load(s).sweep(), "x", 0).getXYPlot().getDataset(0)
            .getSeriesCount(), "no test points: no prediction curve");
    }

    @Test
    void nonPositiveValuesAreSkippedAndOtherTablesRefused() {
        JFreeChart chart = NtkCharts.trajectory(new long[] {0, 1, 2}, new double[] {1, 0, 0.5},
            new double[] {1, Double.NaN, 0.5}, new double[] {1, 1, 1}, null, "t");
        XYDataset series = chart.getXYPlot().getDataset();
        assertEquals(3, series.getSeriesCount());
        assertEquals(2, series.getItemCount(0));
        assertEquals(2, series.getItemCount(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NodeCharts
            .wideNetworkTrajectory(Table.ofRows(TableSpec.reals(List.of("step", "loss")), new double[] {0, 1}), "x"));
        assertTrue(e.getMessage().contains("'weightDistance'"), e.getMessage());
    }
}
