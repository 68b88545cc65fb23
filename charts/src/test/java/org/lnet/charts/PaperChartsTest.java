package org.lnet.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.lnet.engine.LossConvention;
import org.lnet.engine.Progress;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.data.SyntheticData;
import org.lnet.engine.experiment.Figure2;
import org.lnet.engine.sweep.WidthSweep;
import org.w3c.dom.Node;

/** The paper's figures: what they draw is the runs' numbers, their text is real math, their files are reproducible. */
class PaperChartsTest {

    private static final long[] WIDTHS = {50, 200, 800};

    private static WidthSweep.Result sweep() {
        SyntheticData.Pair p = SyntheticData.figure1(10, 40, 2, 5);
        return WidthSweep.run(DataDecomposition.of(p.x(), p.y()), new WidthSweep.Settings(WIDTHS, 4, 0.5, 0.2, 1e-10,
            LossConvention.MEAN, 100_000, false, 3, 0.1, 1), Progress.NONE);
    }

    private static List<Figure2.Case> figure2Cases(Figure2 f) {
        return f.run(Progress.NONE);
    }

    private static Figure2 smallFigure2() {
        Figure2 d = Figure2.defaults();
        return new Figure2(d.n(), d.d(), d.m(), d.width(), d.sigmaU(), d.targetScale(), 60, d.method(), d.loss(), 0.02, 60,
            d.dataSeed(), d.networkSeed());
    }

    /**
     * The error bars are one sample standard deviation either side of the mean (the paper's), or the range on request,
     * recomputed here from the rows; the fitted line has the least-squares slope of log distance on log h computed here;
     * the reference line has slope 1/2 - 2 alpha; the lines are drawn after (over) the markers.
     */
    @Test
    void figure1DrawsMeanAndStandardDeviationTheFitAndTheReference() {
        WidthSweep.Result r = sweep();
        for (Charts.ErrorBars bars : Charts.ErrorBars.values()) {
            XYPlot plot = Charts.figure1(r, "test", bars).getXYPlot();
            IntervalXYDataset intervals = (IntervalXYDataset) plot.getDataset(0);
            for (int i = 0; i < WIDTHS.length; i++) {
                double[] d = distances(r, WIDTHS[i]);
                double mean = java.util.Arrays.stream(d).average().orElseThrow();
                double ss = 0;
                for (double v : d) {
                    ss += (v - mean) * (v - mean);
                }
                double sd = Math.sqrt(ss / (d.length - 1));
                double lo = bars == Charts.ErrorBars.SD ? mean - sd : java.util.Arrays.stream(d).min().orElseThrow();
                double hi = bars == Charts.ErrorBars.SD ? mean + sd : java.util.Arrays.stream(d).max().orElseThrow();
                assertEquals(WIDTHS[i], intervals.getXValue(0, i));
                assertEquals(mean, intervals.getYValue(0, i), 1e-14 * mean);
                assertEquals(lo, intervals.getStartYValue(0, i), 1e-14 * mean, bars + " at h = " + WIDTHS[i]);
                assertEquals(hi, intervals.getEndYValue(0, i), 1e-14 * mean, bars + " at h = " + WIDTHS[i]);
            }
            XYDataset lines = plot.getDataset(2);
            assertEquals(leastSquaresSlope(r), slope(lines, 0), 1e-9);
            assertEquals(0.5 - 2 * 0.5, slope(lines, 1), 1e-12);
            assertEquals(DatasetRenderingOrder.FORWARD, plot.getDatasetRenderingOrder());
        }
    }

    /**
     * Every label a reader sees is free of markup: titles and legend entries are drawn run by run (as SVG text, in a
     * smaller raised or lowered font for the marked runs), axis labels from attributed text whose marked runs carry a
     * superscript or subscript font; no SVG text has an underscore or caret; a host's own title is taken literally.
     */
    @Test
    void renderedTextHasRealSubAndSuperscriptsAndNoMarkup() {
        Figure2 f2 = smallFigure2();
        List<JFreeChart> charts = List.of(Charts.figure1(sweep(), "n = 10, D = 40, m = 2"),
            Charts.figure2(figure2Cases(f2), f2), Charts.trajectory(new double[] {0, 1, 2}, new double[] {1, 0.1, 0.01},
                new double[] {1, 0.5, 0.25}, new double[] {2, 1, 0.5}, "a trajectory"));
        for (JFreeChart chart : charts) {
            XYPlot plot = chart.getXYPlot();
            LegendItemCollection items = plot.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                LegendItem item = items.get(i);
                assertTrue(!RichText.plain(item.getLabel()).matches(".*[_^].*"), item.getLabel());
            }
            assertTrue(plot.getRangeAxis().getAttributedLabel() != null && plot.getDomainAxis().getAttributedLabel() != null);
            String svg = new String(Charts.svg(chart), StandardCharsets.UTF_8);
            Matcher texts = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
            int count = 0;
            while (texts.find()) {
                assertTrue(!texts.group(1).contains("_") && !texts.group(1).contains("^"), texts.group(1));
                count++;
            }
            assertTrue(count > 5, "tick labels are text: " + count);
        }
        String legendText = new String(Charts.svg(charts.get(0)), StandardCharsets.UTF_8);
        assertTrue(legendText.contains(">least-squares fit of the distance: slope "), "legends stay text in an SVG");
        JFreeChart literal = Charts.trajectory(new double[] {0, 1}, new double[] {1, 0.1}, new double[] {1, 0.5},
            new double[] {1, 0.5}, "a_user's ^title");
        assertTrue(RichTitle.text(literal).startsWith("a_user's ^title\n"), "a host's title is taken literally");
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        AttributedCharacterIterator it = RichText.attributed("\u2016U_2(t_f)V(t_f)^T\u2016_F", font).getIterator();
        StringBuilder levels = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            Object level = ((Font) it.getAttribute(TextAttribute.FONT)).getAttributes().get(TextAttribute.SUPERSCRIPT);
            levels.append(level == null || ((Integer) level) == 0 ? '.' : ((Integer) level) > 0 ? '^' : '_');
        }
        assertEquals("\u2016U2(tf)V(tf)T\u2016F", RichText.plain("\u2016U_2(t_f)V(t_f)^T\u2016_F"));
        assertEquals(".._.._...._.^._", levels.toString());
    }

    /** One format per axis, every decade labelled (up to 16), 1-2-5 or 1-2-3-5 on narrow ranges. */
    @Test
    void logAxesUseOneTickFormatAndLabelTheirDecades() {
        assertEquals(List.of("500", "1000", "2000", "3000", "5000", "10000"), labels(500, 10_000));
        assertEquals(List.of("10\u00b3", "10\u2074", "10\u2075", "10\u2076", "10\u2077", "10\u2078", "10\u2079"),
            labels(1e3, 1e9));
        List<String> wide = labels(7e-14, 0.2);
        assertEquals(13, wide.size(), wide.toString());
        assertTrue(wide.stream().allMatch(l -> l.startsWith("10")), wide.toString());
        assertEquals(List.of("2\u00d710\u2074", "3\u00d710\u2074", "5\u00d710\u2074", "10\u2075", "2\u00d710\u2075"),
            labels(15_000, 250_000));
    }

    /**
     * SVG ids come from the given prefix, not from a clock: the same chart built twice gives the same bytes, and another
     * prefix changes the ids only.
     */
    @Test
    void svgIsTheSameBytesForTheSameChart() {
        Figure2 f2 = smallFigure2();
        byte[] a = Charts.svg(Charts.figure2(figure2Cases(f2), f2), ChartSize.DEFAULT, "fig2-");
        byte[] b = Charts.svg(Charts.figure2(figure2Cases(f2), f2), ChartSize.DEFAULT, "fig2-");
        assertArrayEquals(a, b);
        String svg = new String(a, StandardCharsets.UTF_8);
        Matcher ids = Pattern.compile(" id=['\"]([^'\"]+)['\"]").matcher(svg);
        int n = 0;
        while (ids.find()) {
            assertTrue(ids.group(1).startsWith("fig2-"), ids.group(1));
            n++;
        }
        assertTrue(n > 0, "the chart has clip paths");
        String other = new String(Charts.svg(Charts.figure2(figure2Cases(f2), f2), ChartSize.DEFAULT, "x-"),
            StandardCharsets.UTF_8);
        assertNotEquals(svg, other);
        assertEquals(svg.replace("fig2-", "x-"), other);
    }

    /** A PNG at 300 dpi has 300/96 times the pixels of the layout and records 300 dpi (11811 pixels per metre). */
    @Test
    void pngHasTheRequestedResolution() throws Exception {
        byte[] png = Charts.png(Charts.figure1(sweep(), "test"), new ChartSize(800, 500, 300));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            assertEquals(2500, reader.getWidth(0));
            assertEquals(1563, reader.getHeight(0));
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            Node phys = find(root, "pHYs");
            assertEquals("11811", phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
            assertEquals("meter", phys.getAttributes().getNamedItem("unitSpecifier").getNodeValue());
        }
    }

    private static Node find(Node node, String name) {
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node f = find(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static List<String> labels(double lo, double hi) {
        DecadeLogAxis axis = new DecadeLogAxis("x");
        axis.setRange(lo, hi);
        List<String> out = new ArrayList<>();
        for (ValueTick t : axis.ticks(TextAnchor.TOP_CENTER)) {
            if (!t.getText().isEmpty()) {
                out.add(t.getText());
            }
        }
        return out;
    }

    private static double[] distances(WidthSweep.Result r, long h) {
        return r.rows().stream().filter(row -> row.width() == h).mapToDouble(WidthSweep.Row::distance).toArray();
    }

    private static double leastSquaresSlope(WidthSweep.Result r) {
        double mx = 0;
        double my = 0;
        for (WidthSweep.Row row : r.rows()) {
            mx += Math.log(row.width());
            my += Math.log(row.distance());
        }
        mx /= r.rows().size();
        my /= r.rows().size();
        double sxy = 0;
        double sxx = 0;
        for (WidthSweep.Row row : r.rows()) {
            sxy += (Math.log(row.width()) - mx) * (Math.log(row.distance()) - my);
            sxx += (Math.log(row.width()) - mx) * (Math.log(row.width()) - mx);
        }
        return sxy / sxx;
    }

    private static double slope(XYDataset lines, int series) {
        int last = lines.getItemCount(series) - 1;
        return Math.log(lines.getYValue(series, last) / lines.getYValue(series, 0))
            / Math.log(lines.getXValue(series, last) / lines.getXValue(series, 0));
    }
}
