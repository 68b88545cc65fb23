package org.lnet.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/** The look every chart of the project shares: palette, strokes, fonts, log axes, white background. */
final class ChartStyle {
    private ChartStyle() {
    }

    /** Colour-blind-safe palette (Okabe-Ito). */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(0, 0, 0), new Color(86, 180, 233), new Color(230, 159, 0)};
    static final BasicStroke SOLID = new BasicStroke(2.2f);
    static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {7f, 5f}, 0f);
    static final BasicStroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
        new float[] {1.5f, 4f}, 0f);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /**
     * A decade-labelled log axis over [lo, hi] with a margin of (hi/lo)^marginExponent at both ends, so markers at
     * the extremes are not cut.
     */
    static ValueAxis logAxis(String label, double lo, double hi, double marginExponent) {
        DecadeLogAxis axis = new DecadeLogAxis(label);
        double margin = Math.pow(hi / lo, marginExponent);
        axis.setRange(lo / margin, hi * margin);
        return axis;
    }

    static Shape circle(double d) {
        return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
    }

    /** White background, light grid, the shared fonts, legend at the bottom. */
    static JFreeChart finish(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(215, 215, 215));
        plot.setRangeGridlinePaint(new Color(215, 215, 215));
        plot.setOutlinePaint(new Color(160, 160, 160));
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(new BlockBorder(new Color(200, 200, 200)));
        return chart;
    }
}
