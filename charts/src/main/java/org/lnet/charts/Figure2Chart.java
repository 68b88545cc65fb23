package org.lnet.charts;

import static org.lnet.charts.ChartStyle.*;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lnet.engine.LossConvention;
import org.lnet.engine.experiment.Figure2;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.engine.train.TrajectoryPoint;

/** The paper's Figure 2 as a chart: one solid curve per initialization, its Theorem 1 bound dashed in its colour. */
final class Figure2Chart {
    private Figure2Chart() {
    }

    static JFreeChart chart(List<Figure2.Case> cases, Figure2 f) {
        double l0 = cases.get(0).trajectory().get(0).excessLoss();
        double floor = TrajectoryPoint.floor(l0);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = lines();
        double tMax = 0;
        for (int i = 0; i < cases.size(); i++) {
            Figure2.Case c = cases.get(i);
            List<TrajectoryPoint> points = c.trajectory();
            double caseFloor = TrajectoryPoint.floor(points.get(0).excessLoss());
            Color colour = PALETTE[i % PALETTE.length];
            String label = Double.isNaN(c.sigmaU()) ? "balanced, the same U(0)V(0)^T: c = 0, no rate"
                : "\u03c3_U = " + Format.number(c.sigmaU()) + ", \u03c3_V = " + Format.number(c.sigmaV()) + ": c = "
                    + Format.number(c.c());
            data.addSeries(TrajectoryChart.aboveFloor(label, times(points), values(points, false), caseFloor));
            renderer.setSeriesPaint(data.getSeriesCount() - 1, colour);
            renderer.setSeriesStroke(data.getSeriesCount() - 1, SOLID);
            if (c.c() > 0) {
                data.addSeries(TrajectoryChart.aboveFloor("   its bound, rate 2\u03bb_r(\u03a3_x) c g = "
                    + Format.number(c.theorem1Rate()), times(points), values(points, true), caseFloor));
                renderer.setSeriesPaint(data.getSeriesCount() - 1, colour);
                renderer.setSeriesStroke(data.getSeriesCount() - 1, DASHED);
            }
            tMax = Math.max(tMax, points.get(points.size() - 1).t());
        }
        String gain = f.loss() == LossConvention.MEAN ? "g = 2/n" : "g = 1";
        String time = f.method() == TrainingOptions.Method.FLOW
            ? "t, time of the gradient flow on the " + f.loss().key() + " loss"
            : "t = \u03b7 \u00d7 step, gradient descent on the " + f.loss().key() + " loss";
        XYPlot plot = new XYPlot(data, linearAxis(time, tMax), logAxis("L(t) \u2212 L*", floor / 4, 2 * l0, 0), renderer);
        floorMarker(plot, floor);
        String training = f.method() == TrainingOptions.Method.FLOW ? "exact gradient flow"
            : "gradient descent with the fixed step \u03b7 = " + Format.number(f.learningRate());
        return compose(plot, "Figure 2: more imbalance, faster convergence", RectangleEdge.RIGHT,
            "\u03a3_x = I (n = " + f.n() + ", D = " + f.d() + ", m = " + f.m() + "), h = " + f.width()
                + ", targets Y scaled by " + Format.number(f.targetScale()) + "; " + training + " on the " + f.loss().key()
                + " loss (" + gain + ")",
            "solid: L(t) \u2212 L*; dashed: Theorem 1's bound exp(\u22122\u03bb_r(\u03a3_x) c g t)(L(0) \u2212 L*); "
                + "curves end at the rounding floor " + Format.number(TrajectoryPoint.RELATIVE_FLOOR) + "(L(0) \u2212 L*)");
    }

    private static double[] times(List<TrajectoryPoint> points) {
        return points.stream().mapToDouble(TrajectoryPoint::t).toArray();
    }

    private static double[] values(List<TrajectoryPoint> points, boolean bound) {
        return points.stream().mapToDouble(p -> bound ? p.theorem1Bound() : p.excessLoss()).toArray();
    }
}
