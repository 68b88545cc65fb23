package org.lnet.node;


/** The admissible interval of a number setting, with how readers and messages say it. */
record Interval(double min, double max, boolean minOpen, boolean maxOpen, boolean whole) {

    static Interval all(boolean whole) {
        return whole ? new Interval(Long.MIN_VALUE, Long.MAX_VALUE, false, false, true)
            : new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, true, false);
    }

    Interval above(double bound) {
        return new Interval(bound, max, true, maxOpen, whole);
    }

    Interval atLeast(double bound) {
        return new Interval(bound, max, false, maxOpen, whole);
    }

    Interval below(double bound) {
        return new Interval(min, bound, minOpen, true, whole);
    }

    Interval atMost(double bound) {
        return new Interval(min, bound, minOpen, false, whole);
    }

    boolean hasMin() {
        return Double.isFinite(min) && !(whole && min == Long.MIN_VALUE);
    }

    boolean hasMax() {
        return Double.isFinite(max) && !(whole && max == Long.MAX_VALUE);
    }

    boolean contains(double v) {
        return (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
    }

    /** "> 0", "[0, 1)", "≥ 1", or empty. */
    String text() {
        if (hasMin() && hasMax()) {
            return (minOpen ? "(" : "[") + number(min) + ", " + number(max) + (maxOpen ? ")" : "]");
        }
        if (hasMin()) {
            return (minOpen ? "> " : "≥ ") + number(min);
        }
        if (hasMax()) {
            return (maxOpen ? "< " : "≤ ") + number(max);
        }
        return "";
    }

    /** "greater than 0 and at most 1". */
    String words() {
        String lo = (minOpen ? "greater than " : "at least ") + number(min);
        String hi = (maxOpen ? "less than " : "at most ") + number(max);
        return hasMin() && hasMax() ? lo + " and " + hi : hasMin() ? lo : hi;
    }

    /** Refuses a value outside: "Setting 'Label' (key) must be at least 1, not 0." */
    void check(Parameter p, double v) {
        if (!contains(v)) {
            throw p.invalid("must be " + words() + ", not " + (whole ? Long.toString((long) v) : Double.toString(v)));
        }
    }

    String number(double v) {
        if (whole || (v == Math.rint(v) && Math.abs(v) < 1e15)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
