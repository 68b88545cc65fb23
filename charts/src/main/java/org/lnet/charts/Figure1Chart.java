package org.lnet.charts;

import static org.lnet.charts.ChartStyle.*;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lnet.engine.sweep.Spread;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.engine.train.TrainingOptions;

/**
 * The paper's Figure 1 as a chart. Markers with error bars: the distance after training and its part in span(Phi2)
 * at the start; crosses on top: that part at the end, which is all of the distance once L = L* (Proposition 1), so
 * the crosses sit on the circles. Lines over the markers: the least-squares fit of the distance (dashed, black) and
 * the reference slope 1/2 - 2 alpha (dash-dot, grey, drawn above the data so it does not hide the fit).
 */
final class Figure1Chart {

    /** The reference line is drawn this factor above the fit at the first width, parallel to the theory. */
    private static final double REFERENCE_OFFSET = 1.8;

    private Figure1Chart() {
    }

    static JFreeChart chart(WidthSweep.Result result, String dataLabel, boolean range) {
        WidthSweep.Settings s = result.settings();
        long[] widths = s.widths();
        Spread[] distance = result.spread(WidthSweep.Row::distance);
        Spread[] start = result.spread(WidthSweep.Row::initialU2vNorm);
        Spread[] end = result.spread(WidthSweep.Row::finalU2vNorm);
        WidthSweep.Fit fit = result.distanceFit();
        WidthSweep.Fit startFit = result.fit(WidthSweep.Row::initialU2vNorm);
        String bars = s.repetitions() == 1 ? "one run per width" : range
            ? String.format(Locale.ROOT, "mean and range of %d runs", s.repetitions())
            : String.format(Locale.ROOT, "mean \u00b1 1 standard deviation of %d runs", s.repetitions());

        YIntervalSeries trained = new YIntervalSeries("\u2016U(t_f)V(t_f)^T \u2212 X^+Y\u2016_F, distance to "
            + "the min-norm solution after training: " + bars);
        YIntervalSeries initial = new YIntervalSeries("\u2016U_2(0)V(0)^T\u2016_F, its part outside the row space of "
            + "X at the start (fitted slope " + Format.fixed(startFit.slope(), 2) + ")");
        XYSeries outside = new XYSeries("\u2016U_2(t_f)V(t_f)^T\u2016_F, that part at the end: all of the distance "
            + "once L = L*");
        XYSeries fitted = new XYSeries("least-squares fit of the distance: slope " + Format.fixed(fit.slope(), 3)
            + (Double.isNaN(fit.standardError()) ? "" : " \u00b1 " + Format.fixed(fit.standardError(), 3) + " (s.e.)"));
        XYSeries reference = new XYSeries("reference slope 1/2 \u2212 2\u03b1 = " + Format.number(s.referenceSlope())
            + ": the rate of \u2016U_2(0)V(0)^T\u2016_F" + theorem2Note(result));
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        double anchor = REFERENCE_OFFSET * fit.at(widths[0]);
        for (int i = 0; i < widths.length; i++) {
            double h = widths[i];
            trained.add(h, distance[i].mean(), low(distance[i], range), distance[i].high(range));
            initial.add(h, start[i].mean(), low(start[i], range), start[i].high(range));
            outside.add(h, end[i].mean());
            fitted.add(h, fit.at(h));
            double ref = anchor * Math.pow(h / widths[0], s.referenceSlope());
            reference.add(h, ref);
            lowest = min(lowest, low(distance[i], range), low(start[i], range), end[i].mean(), fit.at(h), ref);
            highest = Math.max(highest, Math.max(Math.max(distance[i].high(range), start[i].high(range)), ref));
        }

        XYPlot plot = new XYPlot();
        long first = java.util.Arrays.stream(widths).min().getAsLong();
        long last = java.util.Arrays.stream(widths).max().getAsLong();
        plot.setDomainAxis(logAxis("width h, hidden units", first, Math.max(last, first * 1.5), 0.04));
        plot.setRangeAxis(logAxis("distance, Frobenius norm", lowest, highest, 0.05));

        YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
        intervals.addSeries(trained);
        intervals.addSeries(initial);
        XYErrorRenderer barRenderer = new XYErrorRenderer();
        barRenderer.setDrawXError(false);
        barRenderer.setDefaultLinesVisible(false);
        barRenderer.setCapLength(9);
        barRenderer.setErrorStroke(new BasicStroke(1.5f));
        style(barRenderer, 0, PALETTE[0], circle(14));
        style(barRenderer, 1, PALETTE[2], new Rectangle2D.Double(-4.5, -4.5, 9, 9));
        plot.setDataset(0, intervals);
        plot.setRenderer(0, barRenderer);

        XYSeriesCollection crosses = new XYSeriesCollection(outside);
        XYLineAndShapeRenderer crossRenderer = new XYLineAndShapeRenderer(false, true);
        style(crossRenderer, 0, PALETTE[1], cross(7));
        plot.setDataset(1, crosses);
        plot.setRenderer(1, crossRenderer);

        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(fitted);
        lines.addSeries(reference);
        XYLineAndShapeRenderer lineRenderer = lines();
        lineRenderer.setSeriesPaint(0, Color.BLACK);
        lineRenderer.setSeriesStroke(0, DASHED);
        lineRenderer.setSeriesPaint(1, REFERENCE);
        lineRenderer.setSeriesStroke(1, DASH_DOT);
        plot.setDataset(2, lines);
        plot.setRenderer(2, lineRenderer);
        // datasets in index order, so the lines come last, over the markers
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        return compose(plot, "Figure 1: wide networks end near the min-norm solution X^+Y",
            RectangleEdge.BOTTOM, dataLabel + "; U(0), V(0) with entries N(0, h^{\u22122\u03b1}), \u03b1 = "
                + Format.number(s.alpha()), training(s));
    }

    /** What Theorem 2 says at these widths, for the reference line's legend entry. */
    private static String theorem2Note(WidthSweep.Result result) {
        if (!result.settings().theorem2Applies()) {
            return " (Theorem 2 needs 1/4 < \u03b1 \u2264 1/2)";
        }
        return result.theorem2VacuousEverywhere() ? "; Theorem 2's bound has this rate but is vacuous here"
            : "; Theorem 2 bounds the distance at this rate";
    }

    private static String training(WidthSweep.Settings s) {
        String tol = "until L \u2212 L* \u2264 " + Format.number(s.tolerance());
        if (Double.isNaN(s.learningRate())) {
            return "trained on the " + s.loss().key() + " loss " + tol;
        }
        return s.method() == TrainingOptions.Method.FLOW
            ? "exact gradient flow on the " + s.loss().key() + " loss " + tol
            : "gradient descent with the fixed step \u03b7 = " + Format.number(s.learningRate()) + " on the "
                + s.loss().key() + " loss " + tol;
    }

    /** The lower end of a bar, kept above 0 for the log axis (a standard deviation can exceed the mean). */
    private static double low(Spread spread, boolean range) {
        return Math.max(spread.low(range), spread.mean() * 1e-3);
    }

    private static double min(double... values) {
        double out = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (v > 0) {
                out = Math.min(out, v);
            }
        }
        return out;
    }

    private static void style(XYLineAndShapeRenderer r, int series, Paint paint, Shape shape) {
        r.setSeriesPaint(series, paint);
        r.setSeriesShape(series, shape);
        r.setSeriesShapesVisible(series, true);
        r.setSeriesShapesFilled(series, true);
    }

}
