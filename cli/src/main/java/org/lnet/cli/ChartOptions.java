package org.lnet.cli;

import java.util.Set;
import org.lnet.charts.ChartSize;
import org.lnet.charts.Charts;

/**
 * The figure options the paper-figure commands share: --size WxH (layout in pixels at 96 dpi), --dpi N (the PNG's
 * resolution: it has N/96 times as many pixels and records N dpi) and, for Figure 1, --error-bars sd|range.
 */
record ChartOptions(ChartSize size, Charts.ErrorBars errorBars) {

    static final Set<String> KEYS = Set.of("size", "dpi");

    /** Figure 1's error bars, an option of the commands that draw it. */
    static final String ERROR_BARS = "error-bars";

    static final String USAGE = "[--size 1100x680] [--dpi 96]      figure layout (pixels at 96 dpi) and PNG resolution";

    static ChartOptions of(Args args) {
        Charts.ErrorBars bars = Charts.ErrorBars.SD;
        if (args.has(ERROR_BARS)) {
            try {
                bars = Charts.ErrorBars.parse(args.string(ERROR_BARS));
            } catch (IllegalArgumentException e) {
                throw new UsageException("Option --error-bars: " + e.getMessage() + ".");
            }
        }
        try {
            return new ChartOptions(ChartSize.parse(args.stringOr("size", Charts.WIDTH + "x" + Charts.HEIGHT),
                args.countOr("dpi", ChartSize.DEFAULT.dpi())), bars);
        } catch (IllegalArgumentException e) {
            throw new UsageException("Options --size/--dpi: " + e.getMessage() + ".");
        }
    }

    /** The chart as NAME.png and NAME.svg in dir (the SVG's ids prefixed by NAME, so every file's ids are its own). */
    void write(org.jfree.chart.JFreeChart chart, java.nio.file.Path dir, String name, Outputs outputs) {
        outputs.put(dir.resolve(name + ".png"), Charts.png(chart, size));
        outputs.put(dir.resolve(name + ".svg"), Charts.svg(chart, size, name.replaceAll("[^A-Za-z0-9]", "") + "-"));
    }
}
