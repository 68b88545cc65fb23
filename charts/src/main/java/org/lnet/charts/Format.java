package org.lnet.charts;

import java.util.Locale;

/** Numbers in chart text: one rule for every legend and subtitle. */
final class Format {
    private Format() {
    }

    /**
     * 2, 0.5, 0.0738, 10^{−10}, 2.5×10^{−5} (in markup): integers below 10^5 plain, three significant digits in
     * [10^-3, 10^5), powers of ten with a superscript exponent outside it.
     */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "n/a" : (v > 0 ? "\u221e" : "\u2212\u221e");
        }
        double abs = Math.abs(v);
        if ((v == Math.rint(v) || abs >= 100) && abs < 1e5) {
            return signed(Long.toString(Math.round(v)));
        }
        if (abs >= 1e-3 && abs < 1e5) {
            return signed(strip(String.format(Locale.ROOT, "%.3g", v)));
        }
        int e = (int) Math.floor(Math.log10(abs));
        double mantissa = v / Math.pow(10, e);
        String power = "10^{" + (e < 0 ? "\u2212" + (-e) : Integer.toString(e)) + "}";
        if (Math.abs(Math.abs(mantissa) - 1) < 1e-9) {
            return (v < 0 ? "\u2212" : "") + power;
        }
        return signed(strip(String.format(Locale.ROOT, "%.3g", mantissa))) + "\u00d7" + power;
    }

    private static String strip(String s) {
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** A number with a fixed count of decimals and a true minus sign. */
    static String fixed(double v, int decimals) {
        return signed(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    private static String signed(String s) {
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
