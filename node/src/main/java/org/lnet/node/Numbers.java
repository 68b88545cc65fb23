package org.lnet.node;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one number grammar of every host: table cells read from text (the CLI's CSV files) and settings written as
 * text (command-line options, Weka's property fields, the node layer's {@link Parameter#parseText}).
 *
 * <ul>
 *   <li>A <b>number</b> is decimal or scientific notation: an optional sign, digits with an optional decimal point
 *       (at least one digit on either side of it), and an optional exponent {@code e} or {@code E} with optional
 *       sign and digits: {@code 2}, {@code -0.5}, {@code .5}, {@code 3.}, {@code 1e-10}, {@code 1.5E+3}. Nothing
 *       else: no {@code f}/{@code d} suffixes, hex floats, thousands separators, or decimal commas.</li>
 *   <li>The words {@code NaN}, {@code Infinity}, {@code inf} (any case, the infinities with an optional sign) are
 *       recognized as the non-finite values that they name, so a host can refuse them by name; no setting and no
 *       cell accepts them.</li>
 *   <li>A <b>whole number</b> is a number of that grammar whose value is an integer in the range of a 64-bit
 *       integer: {@code 1000}, {@code 1e9}, {@code 1.5e3}, {@code 100.0}; values are exact (no rounding through
 *       a double).</li>
 * </ul>
 * Blanks around the text are ignored. The sentences {@link #NUMBER_RULE} and {@link #WHOLE_RULE} are what messages
 * and documentation say about it.
 */
public final class Numbers {

    /** How a number may be written, for messages. */
    public static final String NUMBER_RULE = "a number such as 0.5 or 1e-10";
    /** How a whole number may be written, for messages. */
    public static final String WHOLE_RULE = "a whole number such as 42 or 1e6";

    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern NON_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    private Numbers() {
    }

    /** Whether the text is a number of the grammar (finite or not: the non-finite words count). */
    public static boolean isNumber(String text) {
        String t = text.strip();
        return NUMBER.matcher(t).matches() || NON_FINITE.matcher(t).matches();
    }

    /**
     * The value of a number of the grammar; a non-finite word gives NaN or an infinity, for the caller to refuse.
     *
     * @throws NumberFormatException when the text is not of the grammar
     */
    public static double parse(String text) {
        String t = text.strip();
        if (NUMBER.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        if (NON_FINITE.matcher(t).matches()) {
            String w = t.toLowerCase(Locale.ROOT);
            return w.endsWith("nan") ? Double.NaN : w.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new NumberFormatException("'" + text + "' is not " + NUMBER_RULE);
    }

    /**
     * The value of a whole number of the grammar, exact.
     *
     * @throws NumberFormatException when the text is not of the grammar, not integral, or beyond a 64-bit integer;
     *                               the message says which
     */
    public static long parseWhole(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new NumberFormatException("'" + text + "' is not " + WHOLE_RULE);
        }
        if (t.matches("[+-]?[0-9]+")) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new NumberFormatException("'" + text + "' is beyond the largest whole number, " + Long.MAX_VALUE);
            }
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t).stripTrailingZeros();
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond BigDecimal's range
            throw new NumberFormatException("'" + text + "' is beyond the largest whole number, " + Long.MAX_VALUE);
        }
        if (v.signum() == 0) {
            return 0;
        }
        // digits before the decimal point; checked before any exact conversion, which 1e999999999 would make huge
        if (v.precision() - v.scale() > 19) {
            throw new NumberFormatException("'" + text + "' is beyond the largest whole number, " + Long.MAX_VALUE);
        }
        if (v.scale() > 0) {
            throw new NumberFormatException("'" + text + "' is not a whole number");
        }
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("'" + text + "' is beyond the largest whole number, " + Long.MAX_VALUE);
        }
    }
}
