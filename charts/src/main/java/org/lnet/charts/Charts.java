package org.lnet.charts;

import static org.lnet.charts.ChartStyle.*;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.lnet.engine.experiment.Figure2;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.engine.train.TrajectoryPoint;

/** The paper's two figures as JFreeChart charts, and their PNG and SVG encodings. */
public final class Charts {

    public static final int WIDTH = 1100;
    public static final int HEIGHT = 680;


    private Charts() {
    }

    /**
     * Figure 1: distance to the min-norm solution after training against width, log-log, with the per-width mean
     * and range over runs, the initial distance in span(Phi2), and the fitted power law.
     */
    public static JFreeChart figure1(WidthSweep.Result result, String dataLabel) {
        WidthSweep.Settings s = result.settings();
        long[] widths = s.widths();
        double[] mean = result.meanDistanceByWidth();
        YIntervalSeries trained = new YIntervalSeries(String.format(Locale.ROOT,
            "\u2016U(t_f)V(t_f)\u1d40 \u2212 \u0398\u0302\u2016_F after training: mean and range of %d runs", s.repetitions()));
        XYSeries initial = new XYSeries("initial distance in span(\u03a6\u2082): \u2016U\u2082(0)V(0)\u1d40\u2016_F, mean");
        XYSeries fit = new XYSeries(String.format(Locale.ROOT,
            "least-squares fit, slope %.3f (Theorem 2: \u2212(2\u03b1 \u2212 1/2) = %s)", result.slope(), trim(-(2 * s.alpha() - 0.5))));
        double logMean = 0;
        double logWidth = 0;
        for (WidthSweep.Row r : result.rows()) {
            logMean += Math.log(r.distance());
            logWidth += Math.log(r.width());
        }
        logMean /= result.rows().size();
        logWidth /= result.rows().size();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (int i = 0; i < widths.length; i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            double sum = 0;
            int count = 0;
            for (WidthSweep.Row r : result.rows()) {
                if (r.width() == widths[i]) {
                    lo = Math.min(lo, r.distance());
                    hi = Math.max(hi, r.distance());
                    sum += r.initialU2vNorm();
                    count++;
                }
            }
            trained.add(widths[i], mean[i], lo, hi);
            initial.add(widths[i], sum / count);
            fit.add(widths[i], Math.exp(logMean + result.slope() * (Math.log(widths[i]) - logWidth)));
            lowest = Math.min(lowest, Math.min(lo, sum / count));
            highest = Math.max(highest, hi);
        }

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(logAxis("width h (log scale)", widths[0], widths[widths.length - 1], 0.04));
        plot.setRangeAxis(logAxis("distance to \u0398\u0302 = X\u207aY, Frobenius norm (log scale)", lowest, highest, 0.04));

        YIntervalSeriesCollection bars = new YIntervalSeriesCollection();
        bars.addSeries(trained);
        XYErrorRenderer barRenderer = new XYErrorRenderer();
        barRenderer.setDrawXError(false);
        barRenderer.setDefaultLinesVisible(true);
        barRenderer.setSeriesPaint(0, PALETTE[0]);
        barRenderer.setSeriesStroke(0, SOLID);
        barRenderer.setSeriesShape(0, circle(9));
        barRenderer.setErrorPaint(PALETTE[0]);
        barRenderer.setErrorStroke(new BasicStroke(1.6f));
        barRenderer.setCapLength(8);
        plot.setDataset(0, bars);
        plot.setRenderer(0, barRenderer);

        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(initial);
        lines.addSeries(fit);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer();
        lineRenderer.setDrawSeriesLineAsPath(true);
        lineRenderer.setSeriesPaint(0, PALETTE[1]);
        lineRenderer.setSeriesStroke(0, DOTTED);
        lineRenderer.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
        lineRenderer.setSeriesPaint(1, Color.BLACK);
        lineRenderer.setSeriesStroke(1, DASHED);
        lineRenderer.setSeriesShapesVisible(1, false);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);

        return finish(new JFreeChart(String.format(Locale.ROOT, "Figure 1: wide networks end near the min-norm solution (\u03b1 = %s; %s)",
            trim(s.alpha()), dataLabel), TITLE, plot, true));
    }

    /**
     * Figure 2: L(t) - L* on a log axis for each initialization, with its Theorem 1 bound dashed in the same colour;
     * each curve stops where it reaches the rounding floor.
     */
    public static JFreeChart figure2(List<Figure2.Case> cases, String dataLabel) {
        double l0 = cases.get(0).trajectory().get(0).excessLoss();
        double floor = Figure2.RELATIVE_FLOOR * l0;
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        double tMax = 0;
        for (int i = 0; i < cases.size(); i++) {
            Figure2.Case c = cases.get(i);
            Color colour = PALETTE[i % PALETTE.length];
            String label = Double.isNaN(c.sigmaU()) ? "balanced, same U(0)V(0)\u1d40"
                : String.format(Locale.ROOT, "\u03c3_U = %s, \u03c3_V = %s", trim(c.sigmaU()), trim(c.sigmaV()));
            data.addSeries(aboveFloor(label + ", c = " + (c.c() == 0 ? "0" : String.format(Locale.ROOT, "%.3g", c.c())), c.trajectory(), floor, false));
            renderer.setSeriesPaint(data.getSeriesCount() - 1, colour);
            renderer.setSeriesStroke(data.getSeriesCount() - 1, SOLID);
            if (c.c() > 0) {
                data.addSeries(aboveFloor(String.format(Locale.ROOT, "   its bound, rate 2\u03bb_r c = %.3g", c.theorem1Rate()),
                    c.trajectory(), floor, true));
                renderer.setSeriesPaint(data.getSeriesCount() - 1, colour);
                renderer.setSeriesStroke(data.getSeriesCount() - 1, DASHED);
            }
            tMax = Math.max(tMax, c.trajectory().get(c.trajectory().size() - 1).t());
        }
        NumberAxis time = new NumberAxis("t, gradient-flow time");
        time.setRange(0, tMax);
        DecadeLogAxis loss = new DecadeLogAxis("L(t) \u2212 L* (log scale)");
        loss.setRange(floor, 2 * l0);
        XYPlot plot = new XYPlot(data, time, loss, renderer);
        JFreeChart chart = finish(new JFreeChart("Figure 2: more imbalance, faster convergence (" + dataLabel + ")", TITLE, plot, true));
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(new TextTitle("solid: measured L(t) \u2212 L*;  dashed, same colour: Theorem 1 bound "
            + "exp(\u22122\u03bb_r(\u03a3x) c t)(L(0) \u2212 L*);  curves end at the rounding floor "
            + DecadeLogAxis.label(1, (int) Math.round(Math.log10(Figure2.RELATIVE_FLOOR))) + " L(0)", LEGEND));
        return chart;
    }

    /**
     * One training run against time on a log axis: L(t) − L* (solid), its Theorem 1 bound (dashed, same colour) and
     * the distance ‖U(t)V(t)ᵀ − Θ̂‖_F to the min-norm solution. Each curve stops where it reaches the rounding floor
     * {@link Figure2#RELATIVE_FLOOR} times the largest value shown; NaN values are skipped.
     *
     * @param t the recorded times, increasing
     * @param excessLoss L(t) − L* at each time
     * @param bound Theorem 1's bound exp(−2λ_r(Σx) c t)(L(0) − L*) at each time
     * @param distance ‖U(t)V(t)ᵀ − Θ̂‖_F at each time
     */
    public static JFreeChart trajectory(double[] t, double[] excessLoss, double[] bound, double[] distance,
                                        String title) {
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
        double floor = Figure2.RELATIVE_FLOOR * top;
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        data.addSeries(aboveFloor("L(t) \u2212 L*", t, excessLoss, floor));
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setSeriesStroke(0, SOLID);
        data.addSeries(aboveFloor("Theorem 1 bound exp(\u22122\u03bb_r(\u03a3x) c t)(L(0) \u2212 L*)", t, bound, floor));
        renderer.setSeriesPaint(1, PALETTE[0]);
        renderer.setSeriesStroke(1, DASHED);
        data.addSeries(aboveFloor("\u2016U(t)V(t)\u1d40 \u2212 \u0398\u0302\u2016_F, distance to the min-norm solution", t,
            distance, floor));
        renderer.setSeriesPaint(2, PALETTE[1]);
        renderer.setSeriesStroke(2, SOLID);
        NumberAxis time = new NumberAxis("t, training time");
        time.setRange(0, t.length > 1 && t[t.length - 1] > 0 ? t[t.length - 1] : 1);
        DecadeLogAxis values = new DecadeLogAxis("log scale");
        values.setRange(floor, 2 * top);
        return finish(new JFreeChart(title, TITLE, new XYPlot(data, time, values, renderer), true));
    }

    private static XYSeries aboveFloor(String name, double[] t, double[] values, double floor) {
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

    /** The chart as an image of the given size, e.g. for a host that shows or saves images itself. */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height);
    }

    /** A curve up to the first point at or below the floor (clipped to it): below it there is only rounding. */
    private static XYSeries aboveFloor(String name, List<TrajectoryPoint> pts, double floor, boolean bound) {
        XYSeries series = new XYSeries(name, false, true);
        for (TrajectoryPoint p : pts) {
            double v = bound ? p.theorem1Bound() : p.excessLoss();
            series.add(p.t(), Math.max(floor, v));
            if (v <= floor) {
                break;
            }
        }
        return series;
    }

    public static byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
