package org.lnet.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * Argument checks whose messages name the parameter and say what to do. The node layer and every host
 * call these, so one rule has one message everywhere.
 */
public final class Checks {
    private Checks() {
    }

    /** Every entry finite; otherwise names the first bad entry by 1-based row and column. */
    public static DMatrixRMaj finite(String name, DMatrixRMaj a) {
        double[] d = a.data;
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                double v = d[i * a.numCols + j];
                if (!Double.isFinite(v)) {
                    throw new InvalidInputException(InvalidInputException.Kind.CELL, name, new long[] {i}, j,
                        "row " + (i + 1) + ", column " + (j + 1), name + " has a non-finite value (" + v + ") at ", "",
                        "remove or impute missing, NaN and infinite values first");
                }
            }
        }
        return a;
    }

    /** At least one row and one column. */
    public static DMatrixRMaj nonEmpty(String name, DMatrixRMaj a) {
        if (a.numRows == 0 || a.numCols == 0) {
            throw InvalidInputException.data(name, "is empty (" + a.numRows + " x " + a.numCols + ")",
                "it needs at least one row and one column");
        }
        return a;
    }

    /** Exact shape, for matrices whose shape another input fixes. */
    public static DMatrixRMaj shape(String name, DMatrixRMaj a, int rows, int cols, String why) {
        if (a.numRows != rows || a.numCols != cols) {
            throw InvalidInputException.data(name, "is " + a.numRows + " x " + a.numCols + " but must be " + rows
                + " x " + cols + " (" + why + ")", "");
        }
        return a;
    }

    public static double positive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw InvalidInputException.setting(name, "must be a positive finite number, not " + v, "");
        }
        return v;
    }

    public static double nonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw InvalidInputException.setting(name, "must be a finite number >= 0, not " + v, "");
        }
        return v;
    }

    public static long atLeast(String name, long v, long min) {
        if (v < min) {
            throw InvalidInputException.setting(name, "must be at least " + min + ", not " + v, "");
        }
        return v;
    }

    /** v in the open interval (lo, hi). */
    public static double open(String name, double v, double lo, double hi) {
        if (!(v > lo && v < hi)) {
            throw InvalidInputException.setting(name, "must lie strictly between " + lo + " and " + hi + ", not " + v,
                "");
        }
        return v;
    }

    /** Lemma 1 and Theorem 2 hold for BOUND_ALPHA_MIN &lt; alpha &lt;= BOUND_ALPHA_MAX. */
    public static final double BOUND_ALPHA_MIN = 0.25;
    /** See {@link #BOUND_ALPHA_MIN}. */
    public static final double BOUND_ALPHA_MAX = 0.5;

    /** Whether Lemma 1 and Theorem 2 hold at this width exponent: 1/4 &lt; alpha &lt;= 1/2. */
    public static boolean boundAlphaHolds(double alpha) {
        return alpha > BOUND_ALPHA_MIN && alpha <= BOUND_ALPHA_MAX;
    }

    /**
     * Width exponent for the bounds of Lemma 1 and Theorem 2, which hold only for 1/4 &lt; alpha &lt;= 1/2.
     */
    public static double boundAlpha(String name, double alpha) {
        if (!boundAlphaHolds(alpha)) {
            throw InvalidInputException.setting(name, "= " + alpha + " is outside (1/4, 1/2], where Lemma 1 and "
                + "Theorem 2 hold; use e.g. 0.5 (the N(0, 1/h) initialization)", "");
        }
        return alpha;
    }

    /**
     * What is wrong with the widths of a sweep, or null: a sweep fits a slope of log(distance) against log(h), so it
     * needs at least two different widths, each listed once (a repeated width would weigh its runs twice); the range
     * of each width is the sweep's own check. Hosts prefix the parameter's name as they show it.
     */
    public static String widthListProblem(long[] widths) {
        if (widths == null || widths.length == 0) {
            return "needs at least two different widths to fit a slope";
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long h : widths) {
            if (!seen.add(h)) {
                return "lists the width " + h + " twice: list each width once";
            }
        }
        if (widths.length < 2) {
            return "needs at least two different widths to fit a slope, not only " + widths[0];
        }
        return null;
    }

    /** Refuses a sweep's widths by {@link #widthListProblem}. */
    public static long[] sweepWidths(String name, long[] widths) {
        String problem = widthListProblem(widths);
        if (problem != null) {
            throw InvalidInputException.setting(name, problem, "");
        }
        return widths;
    }

    /**
     * Largest number of doubles the engine materializes in one matrix (2^28, 2 GiB): beyond it the user is
     * told to use implicit width or fewer columns instead of waiting for an OutOfMemoryError.
     */
    public static final long MAX_DENSE_ENTRIES = 1L << 28;

    /** Refuses a dense matrix too large to allocate, naming the parameter responsible and the remedy. */
    public static void denseSize(String name, long rows, long cols, String remedy) {
        if (rows < 0 || cols < 0 || (cols > 0 && rows > MAX_DENSE_ENTRIES / cols)) {
            double gib = rows * (double) cols * 8 / (1L << 30);
            // the matrix leads, the parameter responsible is the subject
            throw new InvalidInputException(InvalidInputException.Kind.SETTING, name, new long[0], -1,
                "(parameter '" + name + "')", String.format(java.util.Locale.ROOT,
                    "A %d x %d matrix (%.1f GiB) is too large to hold in memory ", rows, cols, gib), "",
                remedy.endsWith(".") ? remedy.substring(0, remedy.length() - 1) : remedy);
        }
    }
}
