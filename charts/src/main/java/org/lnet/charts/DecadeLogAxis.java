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
 * A base-10 log axis labelled the way people read such plots. Over a narrow range (at most 1.6 decades) it labels
 * 1, 2, 3 and 5 times powers of ten, up to 2.5 decades 1, 2 and 5, beyond that every decade (every k-th
 * when there are more than {@link #MAX_LABELLED_DECADES}), with minor ticks at the other multiples. All labels of
 * one axis share one format: plain decimals when every label lies in [10^-3, 10^4], otherwise powers of ten
 * (10 with a superscript exponent, or m×10 with one). JFreeChart's own log axes label fractional exponents, mix
 * formats, or leave narrow ranges unlabelled.
 */
final class DecadeLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    static final int MAX_LABELLED_DECADES = 16;

    DecadeLogAxis(String label) {
        super(label);
        setBase(10);
        setMinorTickMarksVisible(true);
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

    /** The mantissas labelled for a range of the given number of decades. */
    static int[] labelledMantissas(double decades) {
        if (decades <= 1.6) {
            return new int[] {1, 2, 3, 5};
        }
        return decades <= 2.5 ? new int[] {1, 2, 5} : new int[] {1};
    }

    List<ValueTick> ticks(TextAnchor anchor) {
        double lo = getLowerBound();
        double hi = getUpperBound();
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        double decades = Math.log10(hi / lo);
        int[] mantissas = labelledMantissas(decades);
        int every = Math.max(1, (int) Math.ceil(decades / MAX_LABELLED_DECADES));
        List<double[]> marks = new ArrayList<>();
        boolean plain = true;
        for (int e = first; e <= last; e++) {
            for (int m = 1; m <= 9; m++) {
                double v = m * Math.pow(10, e);
                if (v < lo || v > hi) {
                    continue;
                }
                boolean major = contains(mantissas, m) && Math.floorMod(e, every) == 0;
                marks.add(new double[] {v, m, e, major ? 1 : 0});
                if (major && (e < -3 || e > 4 || (e == 4 && m > 1))) {
                    plain = false;
                }
            }
        }
        List<ValueTick> ticks = new ArrayList<>();
        for (double[] mark : marks) {
            boolean major = mark[3] == 1;
            String text = major ? label((int) mark[1], (int) mark[2], plain) : "";
            ticks.add(new NumberTick(major ? TickType.MAJOR : TickType.MINOR, mark[0], text, anchor, TextAnchor.CENTER, 0.0));
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

    /** m 10^e as a plain decimal, or as 10^e / m×10^e with a superscript exponent. */
    static String label(int mantissa, int exponent, boolean plain) {
        if (plain) {
            return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).stripTrailingZeros().toPlainString();
        }
        StringBuilder sb = new StringBuilder(mantissa == 1 ? "10" : mantissa + "\u00d710");
        if (exponent < 0) {
            sb.append('\u207b');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** A power of ten as the axes write it, 10 with a superscript exponent (for legends and subtitles). */
    static String power(int exponent) {
        return label(1, exponent, false);
    }
}
