package org.lnet.charts;

import java.util.Locale;

/**
 * The size of an exported chart: the layout is done at width x height pixels of 1/96 inch (so fonts keep their
 * proportions), and a PNG is rendered at dpi / 96 times that many pixels and tagged with that resolution; an SVG is
 * width x height and resolution-free.
 */
public record ChartSize(int width, int height, int dpi) {

    public static final ChartSize DEFAULT = new ChartSize(Charts.WIDTH, Charts.HEIGHT, 96);
    /** The largest side of a rendered PNG, in pixels: a 16000 x 16000 ARGB image already takes 1 GB. */
    public static final int MAX_PIXELS = 16_000;

    public ChartSize {
        if (width < 200 || height < 150 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a chart of %d x %d: width must be 200 to 10000"
                + " and height 150 to 10000 (pixels at 96 dpi)", width, height));
        }
        if (dpi < 36 || dpi > 2400) {
            throw new IllegalArgumentException("a resolution of " + dpi + " dpi: give 36 to 2400");
        }
        if ((long) width * dpi / 96 > MAX_PIXELS || (long) height * dpi / 96 > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%d x %d at %d dpi is more than %d pixels a side:"
                + " lower the dpi or the size", width, height, dpi, MAX_PIXELS));
        }
    }

    /** The PNG's pixel width: width * dpi / 96, rounded. */
    public int pixelWidth() {
        return (int) Math.round(width * dpi / 96.0);
    }

    public int pixelHeight() {
        return (int) Math.round(height * dpi / 96.0);
    }

    /** Parses "1100x680" (either x or X). */
    public static ChartSize parse(String size, int dpi) {
        String[] parts = size.trim().split("[xX]");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a chart size is WIDTHxHEIGHT in pixels, e.g. 1100x680, not '" + size + "'");
        }
        try {
            return new ChartSize(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), dpi);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a chart size is WIDTHxHEIGHT in whole pixels, e.g. 1100x680, not '" + size + "'");
        }
    }
}
