package org.lnet.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.lnet.engine.experiment.Figure2;
import org.lnet.engine.sweep.WidthSweep;

/**
 * The paper's two figures and the trajectory chart as JFreeChart charts, and their PNG and SVG encodings. An SVG is
 * the same bytes for the same chart: its element ids come from a fixed prefix, not from JFreeSVG's default clock.
 */
public final class Charts {

    /** The default layout size in pixels at 96 dpi. */
    public static final int WIDTH = 1100;
    public static final int HEIGHT = 680;
    /** The prefix of the ids of an SVG's clip paths and gradients unless the caller names one. */
    public static final String SVG_ID_PREFIX = "lnet";

    private Charts() {
    }

    /** What Figure 1's error bars show: one standard deviation either side of the mean (the paper's), or the range. */
    public enum ErrorBars {
        SD, RANGE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** "sd" or "range" (any case). */
        public static ErrorBars parse(String text) {
            for (ErrorBars b : values()) {
                if (b.key().equalsIgnoreCase(text.trim())) {
                    return b;
                }
            }
            throw new IllegalArgumentException("error bars are 'sd' (one standard deviation, the paper's) or 'range' "
                + "(minimum to maximum), not '" + text + "'");
        }
    }

    /** Figure 1 with standard-deviation error bars; see {@link #figure1(WidthSweep.Result, String, ErrorBars)}. */
    public static JFreeChart figure1(WidthSweep.Result result, String dataLabel) {
        return figure1(result, dataLabel, ErrorBars.SD);
    }

    /**
     * Figure 1: distance to the min-norm solution after training against width, log-log: per width the mean and error
     * bar over runs of the distance and of its part in span(Phi2) at the start and at the end, the fitted power law
     * over the markers, and the reference slope 1/2 - 2 alpha.
     *
     * @param dataLabel what the data are (in chart markup, e.g. "n = 50, D = 200, m = 5")
     */
    public static JFreeChart figure1(WidthSweep.Result result, String dataLabel, ErrorBars bars) {
        return Figure1Chart.chart(result, dataLabel, bars == ErrorBars.RANGE);
    }

    /**
     * Figure 2: L(t) - L* on a log axis for each initialization, with its Theorem 1 bound dashed in the same colour;
     * each curve stops where it reaches the rounding floor.
     */
    public static JFreeChart figure2(List<Figure2.Case> cases, Figure2 experiment) {
        return Figure2Chart.chart(cases, experiment);
    }

    /**
     * One training run against time on a log axis: L(t) − L* (solid), its Theorem 1 bound (dashed, same colour) and
     * the distance ‖U(t)V(t)ᵀ − Θ̂‖_F to the min-norm solution. Each curve stops where it reaches the rounding floor
     * {@link org.lnet.engine.train.TrajectoryPoint#floor} of the run; NaN values are skipped.
     *
     * @param t the recorded times, increasing
     * @param excessLoss L(t) − L* at each time
     * @param bound Theorem 1's bound exp(−2λ_r(Σx) c t)(L(0) − L*) at each time
     * @param distance ‖U(t)V(t)ᵀ − Θ̂‖_F at each time
     * @param title the title, taken as it is (no markup)
     */
    public static JFreeChart trajectory(double[] t, double[] excessLoss, double[] bound, double[] distance,
                                        String title) {
        return TrajectoryChart.chart(t, excessLoss, bound, distance, title);
    }

    /** The chart as an image of the given size, e.g. for a host that shows or saves images itself. */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height);
    }

    public static byte[] png(JFreeChart chart) {
        return png(chart, ChartSize.DEFAULT);
    }

    /**
     * The chart laid out at size.width() x size.height() and rendered at size.dpi(): an image of pixelWidth() x
     * pixelHeight() whose pHYs chunk records the resolution, so documents place it at the intended physical size.
     */
    public static byte[] png(JFreeChart chart, ChartSize size) {
        BufferedImage image = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.scale(size.pixelWidth() / (double) size.width(), size.pixelHeight() / (double) size.height());
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        g2.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree("javax_imageio_png_1.0", resolution(size.dpi()));
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The PNG pHYs chunk for dpi dots per inch, which PNG states per metre. */
    private static IIOMetadataNode resolution(int dpi) throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        return root;
    }

    public static byte[] svg(JFreeChart chart) {
        return svg(chart, ChartSize.DEFAULT, SVG_ID_PREFIX);
    }

    /**
     * The chart as SVG of size.width() x size.height(). The ids of its definitions (clip paths, gradients) start with
     * idPrefix, so the same chart gives the same bytes, and SVGs with different prefixes can be inlined in one page.
     */
    public static byte[] svg(JFreeChart chart, ChartSize size, String idPrefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        g2.setDefsKeyPrefix(idPrefix);
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
