package org.lnet.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every chart of the project shares: palette, strokes, fonts, log axes, white background, titles and legend
 * labels in {@link RichText} markup, the legend outside the plot so it never covers data.
 */
final class ChartStyle {
    private ChartStyle() {
    }

    /** Colour-blind-safe palette (Okabe-Ito). */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(0, 0, 0), new Color(86, 180, 233), new Color(230, 159, 0)};
    static final Color REFERENCE = new Color(110, 110, 110);
    static final BasicStroke SOLID = new BasicStroke(2.2f);
    static final BasicStroke THIN = new BasicStroke(1.4f);
    static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {7f, 5f}, 0f);
    static final BasicStroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
        new float[] {1.5f, 4f}, 0f);
    static final BasicStroke DASH_DOT = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
        new float[] {9f, 4f, 1.5f, 4f}, 0f);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** The sample line of a legend entry: long enough to show a dash pattern. */
    static final Line2D LEGEND_LINE = new Line2D.Double(-16, 0, 16, 0);

    /**
     * A decade-labelled log axis over [lo, hi] with a margin of (hi/lo)^marginExponent at both ends, so markers at
     * the extremes are not cut; the label in markup.
     */
    static ValueAxis logAxis(String label, double lo, double hi, double marginExponent) {
        DecadeLogAxis axis = new DecadeLogAxis(RichText.plain(label));
        double margin = Math.pow(hi / lo, marginExponent);
        axis.setRange(lo / margin, hi * margin);
        label(axis, label);
        return axis;
    }

    /** A linear axis from 0 to max with about ten ticks at 1, 2 or 5 times a power of ten, and the label in markup. */
    static NumberAxis linearAxis(String label, double max) {
        NumberAxis axis = new NumberAxis(RichText.plain(label));
        double top = max > 0 ? max : 1;
        axis.setRange(0, top);
        double raw = top / 10;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double unit = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
        // one plain format for every tick, independent of the host's locale (no grouping, a point for decimals)
        axis.setTickUnit(new NumberTickUnit(unit, new java.text.DecimalFormat("0.######",
            java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
        label(axis, label);
        return axis;
    }

    /** A dotted horizontal line at the rounding floor, labelled, so the reader sees where the curves stop and why. */
    static void floorMarker(XYPlot plot, double floor) {
        org.jfree.chart.plot.ValueMarker marker = new org.jfree.chart.plot.ValueMarker(floor, REFERENCE, DOTTED);
        marker.setLabel("rounding floor");
        marker.setLabelFont(TICK);
        marker.setLabelPaint(REFERENCE);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(marker);
    }

    /** Sets the axis label from markup, with real sub- and superscripts. */
    static void label(Axis axis, String markup) {
        axis.setLabel(RichText.plain(markup));
        axis.setAttributedLabel(RichText.attributed(markup, LABEL));
    }

    static Shape circle(double d) {
        return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
    }

    /** An upright cross of the given size (for markers that sit on top of others). */
    static Shape cross(double size) {
        double h = size / 2;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-h, -h);
        p.lineTo(h, h);
        p.moveTo(-h, h);
        p.lineTo(h, -h);
        return new BasicStroke(1.8f).createStrokedShape(p);
    }

    static Shape triangle(double size) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -size / 2);
        p.lineTo(size / 2, size / 2);
        p.lineTo(-size / 2, size / 2);
        p.closePath();
        return p;
    }

    /** A renderer of lines only (no markers), with the long legend sample. */
    static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setLegendLine(LEGEND_LINE);
        return r;
    }

    /**
     * A chart of the plot with a bold title, subtitle lines (all in markup, title first) and the legend at the given
     * edge, outside the plot; white background and light grid.
     */
    static JFreeChart compose(XYPlot plot, String title, RectangleEdge legendEdge, String... subtitleLines) {
        return compose(plot, RichTitle.markup(TITLE, title), legendEdge, subtitleLines);
    }

    static JFreeChart compose(XYPlot plot, Title title, RectangleEdge legendEdge, String... subtitleLines) {
        JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
        chart.addSubtitle(title);
        if (subtitleLines.length > 0) {
            chart.addSubtitle(RichTitle.markup(SUBTITLE, subtitleLines));
        }
        RichLegend legend = new RichLegend(plot);
        legend.setItemFont(LEGEND);
        legend.setPosition(legendEdge);
        legend.setFrame(new BlockBorder(new Color(200, 200, 200)));
        legend.setBackgroundPaint(Color.WHITE);
        legend.setMargin(new RectangleInsets(6, 6, 6, 6));
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(215, 215, 215));
        plot.setRangeGridlinePaint(new Color(215, 215, 215));
        plot.setOutlinePaint(new Color(160, 160, 160));
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            XYItemRenderer r = plot.getRenderer(i);
            if (r instanceof XYLineAndShapeRenderer lr && lr.getLegendLine() != LEGEND_LINE) {
                lr.setLegendLine(LEGEND_LINE);
            }
        }
        return chart;
    }
}
