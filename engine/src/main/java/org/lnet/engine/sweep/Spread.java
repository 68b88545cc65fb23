package org.lnet.engine.sweep;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Mean, sample standard deviation and range of one quantity over the runs at one width: what Figure 1 draws (the
 * paper's error bars are one standard deviation; the range is an option).
 *
 * @param sd the sample standard deviation (n - 1 in the denominator); 0 for a single run
 */
public record Spread(int count, double mean, double sd, double min, double max) {

    /** The spread of a quantity over the rows of one width, in the order of the widths given. */
    public static Spread[] byWidth(long[] widths, List<WidthSweep.Row> rows, ToDoubleFunction<WidthSweep.Row> quantity) {
        Spread[] out = new Spread[widths.length];
        for (int i = 0; i < widths.length; i++) {
            long h = widths[i];
            out[i] = of(rows.stream().filter(r -> r.width() == h).mapToDouble(quantity).toArray());
        }
        return out;
    }

    /** Two passes (mean, then squared deviations), so the deviation does not cancel for nearly equal values. */
    public static Spread of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Spread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Spread(n, mean, n > 1 ? Math.sqrt(squares / (n - 1)) : 0, min, max);
    }

    /** The lower end of an error bar: mean - sd, or the minimum. */
    public double low(boolean range) {
        return range ? min : mean - sd;
    }

    /** The upper end of an error bar: mean + sd, or the maximum. */
    public double high(boolean range) {
        return range ? max : mean + sd;
    }
}
