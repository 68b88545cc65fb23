package org.lnet.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * Argument checks whose messages name the parameter and say what to do. The node layer and every host
 * call these, so one rule has one message everywhere.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * An admissible interval of a numeric parameter, declared once where the engine needs it and read by the node
     * layer's setting declarations (which add only what a node restricts further), so the rule and its wording
     * exist once. Values must be finite.
     */
    public record Range(double min, double max, boolean minOpen, boolean maxOpen) implements java.io.Serializable {

        /** v &gt; 0. */
        public static final Range POSITIVE = new Range(0, Double.POSITIVE_INFINITY, true, true);
        /** v &gt;= 0. */
        public static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY, false, true);
        /** Counts of at least one (steps, runs per width, widths). */
        public static final Range COUNT = new Range(1, Double.POSITIVE_INFINITY, false, true);
        /** Counts that may be zero (recorded points). */
        public static final Range COUNT_OR_NONE = new Range(0, Double.POSITIVE_INFINITY, false, true);
        /** 0 &lt; v &lt; 1, e.g. a probability that must not be 0 or 1. */
        public static final Range UNIT_OPEN = new Range(0, 1, true, true);

        /** v &gt;= min. */
        public static Range atLeast(double min) {
            return new Range(min, Double.POSITIVE_INFINITY, false, true);
        }

        /** min &lt;= v &lt;= max. */
        public static Range between(double min, double max) {
            return new Range(min, max, false, false);
        }

        public boolean contains(double v) {
            return Double.isFinite(v) && (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
        }

        /** Refuses a value outside, naming the parameter; the words of {@link Checks}' other rules. */
        public double check(String name, double v) {
            if (!contains(v)) {
                throw InvalidInputException.setting(name, "must " + rule() + ", not " + v, "");
            }
            return v;
        }

        /** {@link #check(String, double)} for a whole number, shown without a decimal point. */
        public long check(String name, long v) {
            if (!contains(v)) {
                throw InvalidInputException.setting(name, "must " + rule() + ", not " + v, "");
            }
            return v;
        }

        /** "be a positive finite number", "be at least 1", "lie strictly between 0.0 and 1.0", "be in [0, 1)". */
        public String rule() {
            return (minOpen && maxOpen && max != Double.POSITIVE_INFINITY ? "lie " : "be ") + words();
        }

        /** "a positive finite number", "a finite number >= 0", "at least 1", "strictly between 0.0 and 1.0". */
        public String words() {
            boolean noMax = max == Double.POSITIVE_INFINITY;
            if (noMax && min == 0) {
                return minOpen ? "a positive finite number" : "a finite number >= 0";
            }
            if (noMax) {
                return (minOpen ? "greater than " : "at least ") + number(min);
            }
            if (minOpen && maxOpen) {
                return "strictly between " + min + " and " + max;
            }
            return "in " + (minOpen ? "(" : "[") + number(min) + ", " + number(max) + (maxOpen ? ")" : "]");
        }

        private static String number(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
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
        return Range.POSITIVE.check(name, v);
    }

    public static double nonNegative(String name, double v) {
        return Range.NON_NEGATIVE.check(name, v);
    }

    public static long atLeast(String name, long v, long min) {
        if (v < min) {
            throw InvalidInputException.setting(name, "must be at least " + min + ", not " + v, "");
        }
        return v;
    }

    /** v in the open interval (lo, hi). */
    public static double open(String name, double v, double lo, double hi) {
        return new Range(lo, hi, true, true).check(name, v);
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
