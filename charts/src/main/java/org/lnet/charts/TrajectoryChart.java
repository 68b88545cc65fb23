package org.lnet.charts;

import static org.lnet.charts.ChartStyle.*;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lnet.engine.train.TrajectoryPoint;

/** One training run of a linear network against time: L(t) - L*, its Theorem 1 bound and the distance to Theta_hat. */
final class TrajectoryChart {
    private TrajectoryChart() {
    }

    static JFreeChart chart(double[] t, double[] excessLoss, double[] bound, double[] distance, String title) {
        double top = 0;
        for (double[] curve : new double[][] {excessLoss, bound, distance}) {
            for (double v : curve) {
                if (Double.isFinite(v)) {
                    top = Math.max(top, v);
                }
            }
        }
        if (top <= 0) {
            top = 1;
        }
        double start = excessLoss.length > 0 && excessLoss[0] > 0 ? excessLoss[0] : top;
        double floor = TrajectoryPoint.floor(start);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = lines();
        data.addSeries(aboveFloor("L(t) \u2212 L*, excess loss", t, excessLoss, floor));
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setSeriesStroke(0, SOLID);
        data.addSeries(aboveFloor("Theorem 1's bound exp(\u22122\u03bb_r(\u03a3_x) c g t)(L(0) \u2212 L*)", t, bound, floor));
        renderer.setSeriesPaint(1, PALETTE[0]);
        renderer.setSeriesStroke(1, DASHED);
        // the distance is of the order of the square root of the excess loss: its rounding level is the square root of
        // the loss floor, relative to its own start
        double distanceFloor = distance.length > 0 && distance[0] > 0 ? Math.sqrt(TrajectoryPoint.RELATIVE_FLOOR) * distance[0]
            : floor;
        data.addSeries(aboveFloor("\u2016U(t)V(t)^T \u2212 X^+Y\u2016_F, distance to the min-norm solution", t,
            distance, Math.max(floor, distanceFloor)));
        renderer.setSeriesPaint(2, PALETTE[1]);
        renderer.setSeriesStroke(2, SOLID);
        double end = t.length > 1 && t[t.length - 1] > 0 ? t[t.length - 1] : 1;
        XYPlot plot = new XYPlot(data, linearAxis("t, training time (\u03b7 \u00d7 step for gradient descent)", end),
            logAxis("loss above L*, its bound, distance", floor / 4, 2 * top, 0), renderer);
        floorMarker(plot, floor);
        return compose(plot, RichTitle.literal(TITLE, title), RectangleEdge.BOTTOM, "the loss and its bound end at the "
            + "rounding floor " + Format.number(TrajectoryPoint.RELATIVE_FLOOR) + "(L(0) \u2212 L*), below which the loss is "
            + "rounding error (boundHolds counts such points as within the bound),",
            "the distance at " + Format.number(Math.sqrt(TrajectoryPoint.RELATIVE_FLOOR)) + " of its start, the square root "
            + "of that floor");
    }

    /** A curve up to the first point at or below the floor (clipped to it): below it there is only rounding. */
    static XYSeries aboveFloor(String name, double[] t, double[] values, double floor) {
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < t.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            series.add(t[i], Math.max(floor, v));
            if (v <= floor) {
                break;
            }
        }
        return series;
    }
}
