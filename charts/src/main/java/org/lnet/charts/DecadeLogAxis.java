package org.lnet.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis labelled the way people read such plots: 1, 2 and 5 times powers of ten when the range spans
 * at most two decades, powers of ten otherwise (every k-th decade when there are many), written as plain decimals
 * near 1 and as 10 with a superscript exponent far from it. JFreeChart's own log axes label fractional exponents
 * or leave narrow ranges unlabelled.
 */
final class DecadeLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    DecadeLogAxis(String label) {
        super(label);
        setBase(10);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(TextAnchor.TOP_CENTER);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(TextAnchor.CENTER_RIGHT);
    }

    private List<ValueTick> ticks(TextAnchor anchor) {
        double lo = getLowerBound();
        double hi = getUpperBound();
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        int decades = last - first;
        int[] mantissas = Math.log10(hi / lo) <= 2.5 ? new int[] {1, 2, 5} : new int[] {1};
        int every = Math.max(1, (int) Math.ceil(decades / 12.0));
        List<ValueTick> ticks = new ArrayList<>();
        for (int e = first; e <= last; e++) {
            for (int m = 1; m <= 9; m++) {
                double v = m * Math.pow(10, e);
                if (v < lo || v > hi) {
                    continue;
                }
                boolean major = contains(mantissas, m) && (e - first) % every == 0;
                ticks.add(new NumberTick(major ? TickType.MAJOR : TickType.MINOR, v, major ? label(m, e) : "", anchor,
                    TextAnchor.CENTER, 0.0));
            }
        }
        return ticks;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    static String label(int mantissa, int exponent) {
        if (exponent >= -3 && exponent <= 4) {
            return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).stripTrailingZeros().toPlainString();
        }
        StringBuilder sb = new StringBuilder(mantissa == 1 ? "10" : mantissa + "\u00b710");
        if (exponent < 0) {
            sb.append('\u207b');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
