package org.lnet.charts;

import static org.lnet.charts.ChartStyle.*;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lnet.engine.ntk.NtkSweep;

/**
 * The wide-network sweep as a chart: relative distances to the linearized min-norm solution against width on log-log
 * axes, each with the mean and range over runs and its fitted power law dashed in the same colour. Encode with
 * {@link Charts#png} and {@link Charts#svg}.
 */
public final class NtkCharts {

    private NtkCharts() {
    }

    /** One measured quantity: its legend text and its column. */
    private record Quantity(String label, ToDoubleFunction<NtkSweep.Row> column) {
    }

    public static JFreeChart sweep(NtkSweep.Result result) {
        return sweep(result, result.data().description(),
            result.data().xTest() == null ? 0 : result.data().xTest().numRows);
    }

    /**
     * The same chart for hosts that hold the rows but not the data (a node's output table): {@code result.data()} is
     * not read and may be null.
     *
     * @param testPoints how many test points the prediction distances are over (0 = none)
     */
    public static JFreeChart sweep(NtkSweep.Result result, String dataDescription, int testPoints) {
        NtkSweep.Settings s = result.settings();
        long[] widths = s.widths();
        List<Quantity> quantities = new ArrayList<>();
        quantities.add(new Quantity("weights after training, \u2016W(T) \u2212 W_{lin}\u2016_F / \u2016W_{lin} \u2212 W(0)\u2016_F",
            NtkSweep.Row::relativeWeightDistance));
        if (testPoints > 0) {
            quantities.add(new Quantity(String.format(Locale.ROOT, "predictions on %d test points, \u2016f_T \u2212 f_{lin}\u2016 / \u2016f_{lin}\u2016",
                testPoints), NtkSweep.Row::relativeTestPredictionDistance));
        }
        if (result.rows().stream().allMatch(r -> r.gramDistance() > 0)) {
            quantities.add(new Quantity("reference: tangent kernel at init vs infinite width, \u2016K(0) \u2212 K_\u221e\u2016_F / \u2016K_\u221e\u2016_F",
                NtkSweep.Row::gramDistance));
        }
        YIntervalSeriesCollection bars = new YIntervalSeriesCollection();
        XYSeriesCollection fits = new XYSeriesCollection();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (Quantity q : quantities) {
            NtkSweep.Fit fit = result.fit(q.column());
            double[] mean = result.meanByWidth(q.column());
            double[] lo = result.minByWidth(q.column());
            double[] hi = result.maxByWidth(q.column());
            YIntervalSeries series = new YIntervalSeries(q.label() + ": slope " + Format.fixed(fit.slope(), 2));
            XYSeries line = new XYSeries("fit: " + q.label());
            for (int i = 0; i < widths.length; i++) {
                series.add(widths[i], mean[i], lo[i], hi[i]);
                line.add(widths[i], fit.at(widths[i]));
                lowest = Math.min(lowest, Math.min(lo[i], fit.at(widths[i])));
                highest = Math.max(highest, Math.max(hi[i], fit.at(widths[i])));
            }
            bars.addSeries(series);
            fits.addSeries(line);
        }

        XYPlot plot = new XYPlot();
        long first = widths[0];
        long last = widths[0];
        for (long h : widths) {
            first = Math.min(first, h);
            last = Math.max(last, h);
        }
        plot.setDomainAxis(logAxis("width h, hidden units", first, Math.max(last, first * 1.5), 0.06));
        plot.setRangeAxis(logAxis("relative distance", lowest, highest, 0.06));

        XYErrorRenderer barRenderer = new XYErrorRenderer();
        barRenderer.setDrawXError(false);
        barRenderer.setDefaultLinesVisible(false);
        barRenderer.setCapLength(8);
        barRenderer.setErrorStroke(new BasicStroke(1.6f));
        Shape[] shapes = {new Ellipse2D.Double(-5, -5, 10, 10), new Rectangle2D.Double(-4.5, -4.5, 9, 9), triangle(11)};
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < quantities.size(); i++) {
            barRenderer.setSeriesPaint(i, PALETTE[i]);
            barRenderer.setSeriesShape(i, shapes[i]);
            lineRenderer.setSeriesPaint(i, PALETTE[i]);
            lineRenderer.setSeriesStroke(i, DASHED);
            lineRenderer.setSeriesVisibleInLegend(i, false);
        }
        plot.setDataset(0, bars);
        plot.setRenderer(0, barRenderer);
        plot.setDataset(1, fits);
        plot.setRenderer(1, lineRenderer);

        String title = String.format(Locale.ROOT, "Wide %s networks end near the min-norm solution of their linearization",
            s.activation() == org.lnet.engine.ntk.Activation.RELU ? "ReLU" : s.activation().key());
        String runs = s.repetitions() == 1 ? "markers: one run per width" : String.format(Locale.ROOT,
            "markers: mean of %d runs per width; bars: their range", s.repetitions());
        return compose(plot, title, RectangleEdge.BOTTOM,
            "f(x) = h^{\u22121/2} \u03a3_j a_j \u03c3(w_j^T x), first layer trained by gradient descent from the "
                + s.initialization().key() + " initialization (" + s.training().loss().key() + " loss, step "
                + (s.training().autoLearningRate() ? "auto" : Format.number(s.training().learningRate()))
                + ", until the loss \u2264 " + Format.number(s.training().tolerance()) + ")",
            "data: " + RichText.description(dataDescription),
            runs + "; dashed: least-squares power law, its slope in the legend"
                + (s.activation() == org.lnet.engine.ntk.Activation.RELU ? "" : " (K_\u221e reference: ReLU only)"));
    }

    /**
     * One training run of a wide network against the gradient-descent step, log scale: the loss, the relative distance
     * ||W(t) - W_lin||_F / ||W_lin - W(0)||_F to the linearized min-norm solution, and the RMS distance of the predictions
     * to the linearized model's on the training points and, when given, the test points. Values that are not positive
     * (a log axis cannot show them) and NaN are skipped.
     *
     * @param testPrediction NaN entries (or null) when the run had no test points
     */
    public static JFreeChart trajectory(long[] steps, double[] loss, double[] relativeDistance, double[] trainPrediction,
                                        double[] testPrediction, String title) {
        String[] names = {"L(t), training loss",
            "\u2016W(t) \u2212 W_{lin}\u2016_F / \u2016W_{lin} \u2212 W(0)\u2016_F, relative distance to the linearized min-norm solution",
            "RMS of f(x; W(t)) \u2212 f_{lin}(x) on the training points",
            "RMS of f(x; W(t)) \u2212 f_{lin}(x) on the test points"};
        double[][] curves = {loss, relativeDistance, trainPrediction, testPrediction};
        BasicStroke[] strokes = {SOLID, SOLID, DASHED, DOTTED};
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int c = 0; c < curves.length; c++) {
            XYSeries series = new XYSeries(names[c], false, true);
            for (int i = 0; curves[c] != null && i < steps.length; i++) {
                double v = curves[c][i];
                if (v > 0 && Double.isFinite(v)) {
                    series.add(steps[i], v);
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (series.getItemCount() > 0) {
                renderer.setSeriesPaint(data.getSeriesCount(), PALETTE[c]);
                renderer.setSeriesStroke(data.getSeriesCount(), strokes[c]);
                data.addSeries(series);
            }
        }
        if (hi == 0) {
            lo = 0.1;
            hi = 1;
        }
        long end = steps.length > 0 && steps[steps.length - 1] > 0 ? steps[steps.length - 1] : 1;
        XYPlot plot = new XYPlot(data, linearAxis("gradient-descent step", end),
            logAxis("loss and distances", lo, Math.max(hi, lo * 10), 0.03), renderer);
        return compose(plot, RichTitle.literal(TITLE, title), RectangleEdge.BOTTOM);
    }
}
