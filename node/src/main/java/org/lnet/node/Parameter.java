package org.lnet.node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.lnet.engine.InvalidInputException;

/**
 * One node setting, described once: its key in every host's settings, the label a dialog shows, the
 * description that becomes the KNIME node documentation and Weka's tip text, the default, and the admissible
 * range or choices. Reading a value through its parameter applies the default for a missing key and checks the
 * range, with a message that names the setting by label and key.
 *
 * <p>Immutable; the {@code above/atLeast/below/atMost} methods return narrowed copies.
 */
public final class Parameter {

    /** How a value is stored and edited. */
    public enum Kind {
        /** A real number (stored as a double). */
        DOUBLE,
        /** A whole number (stored as a long). */
        LONG,
        /** A yes/no option. */
        BOOLEAN,
        /** One of a fixed list of words. */
        CHOICE,
        /** Free text with its own syntax, described in the description (e.g. a list of widths). */
        TEXT,
        /** Names of columns of an input table (empty = the documented automatic choice). */
        COLUMNS
    }

    /** What a column selection is for; decides its automatic choice. */
    public enum ColumnRole {
        /** Inputs X: by default every numeric column that is not a target (or the network's inputs). */
        INPUTS,
        /** Targets Y: by default the last numeric column (or the network's targets). */
        TARGETS
    }

    private final String key;
    private final String label;
    private final String description;
    private final Kind kind;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final boolean minOpen;
    private final boolean maxOpen;
    private final List<String> choices;
    private final ColumnRole role;
    private final int port;

    private Parameter(String key, String label, String description, Kind kind, Object defaultValue, double min,
                      double max, boolean minOpen, boolean maxOpen, List<String> choices, ColumnRole role, int port) {
        this.key = Objects.requireNonNull(key);
        this.label = Objects.requireNonNull(label);
        this.description = Objects.requireNonNull(description);
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.minOpen = minOpen;
        this.maxOpen = maxOpen;
        this.choices = choices;
        this.role = role;
        this.port = port;
    }

    public static Parameter real(String key, String label, String description, double defaultValue) {
        return new Parameter(key, label, description, Kind.DOUBLE, defaultValue, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, true, true, List.of(), null, -1);
    }

    public static Parameter whole(String key, String label, String description, long defaultValue) {
        return new Parameter(key, label, description, Kind.LONG, defaultValue, Long.MIN_VALUE, Long.MAX_VALUE,
            false, false, List.of(), null, -1);
    }

    public static Parameter flag(String key, String label, String description, boolean defaultValue) {
        return new Parameter(key, label, description, Kind.BOOLEAN, defaultValue, 0, 0, false, false, List.of(),
            null, -1);
    }

    /** One of the given lower-case words; the first is the default unless {@code defaultValue} says otherwise. */
    public static Parameter choice(String key, String label, String description, String defaultValue,
                                   String... choices) {
        if (!Arrays.asList(choices).contains(defaultValue)) {
            throw new IllegalArgumentException(defaultValue + " is not one of " + Arrays.toString(choices));
        }
        return new Parameter(key, label, description, Kind.CHOICE, defaultValue, 0, 0, false, false,
            List.of(choices), null, -1);
    }

    public static Parameter text(String key, String label, String description, String defaultValue) {
        return new Parameter(key, label, description, Kind.TEXT, defaultValue, 0, 0, false, false, List.of(), null,
            -1);
    }

    /** Columns of the table at input {@code port} (0-based among the node's inputs). */
    public static Parameter columns(String key, String label, String description, ColumnRole role, int port) {
        return new Parameter(key, label, description, Kind.COLUMNS, new String[0], 0, 0, false, false, List.of(),
            Objects.requireNonNull(role), port);
    }

    /** Values must be greater than {@code bound}. */
    public Parameter above(double bound) {
        return new Parameter(key, label, description, kind, defaultValue, bound, max, true, maxOpen, choices, role, port);
    }

    /** Values must be at least {@code bound}. */
    public Parameter atLeast(double bound) {
        return new Parameter(key, label, description, kind, defaultValue, bound, max, false, maxOpen, choices, role, port);
    }

    /** Values must be less than {@code bound}. */
    public Parameter below(double bound) {
        return new Parameter(key, label, description, kind, defaultValue, min, bound, minOpen, true, choices, role, port);
    }

    /** Values must be at most {@code bound}. */
    public Parameter atMost(double bound) {
        return new Parameter(key, label, description, kind, defaultValue, min, bound, minOpen, false, choices, role, port);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Kind kind() {
        return kind;
    }

    /** The default: a Double, Long, Boolean, String, or String[] (a copy) by kind. */
    public Object defaultValue() {
        return defaultValue instanceof String[] a ? a.clone() : defaultValue;
    }

    public List<String> choices() {
        return choices;
    }

    /** The role of a COLUMNS parameter, null otherwise. */
    public ColumnRole columnRole() {
        return role;
    }

    /** The input port a COLUMNS parameter selects from, -1 otherwise. */
    public int port() {
        return port;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The admissible range as a reader sees it, e.g. "> 0", "[0, 1)", "≥ 1"; empty when unrestricted. */
    public String rangeText() {
        boolean hasMin = Double.isFinite(min) && !(kind == Kind.LONG && min == Long.MIN_VALUE);
        boolean hasMax = Double.isFinite(max) && !(kind == Kind.LONG && max == Long.MAX_VALUE);
        if (kind == Kind.CHOICE) {
            return String.join(" | ", choices);
        }
        if (kind != Kind.DOUBLE && kind != Kind.LONG) {
            return "";
        }
        if (hasMin && hasMax) {
            return (minOpen ? "(" : "[") + number(min) + ", " + number(max) + (maxOpen ? ")" : "]");
        }
        if (hasMin) {
            return (minOpen ? "> " : "≥ ") + number(min);
        }
        if (hasMax) {
            return (maxOpen ? "< " : "≤ ") + number(max);
        }
        return "";
    }

    /** The default as a reader sees it. */
    public String defaultText() {
        return switch (kind) {
            case DOUBLE -> number((Double) defaultValue);
            case LONG, BOOLEAN, CHOICE, TEXT -> String.valueOf(defaultValue);
            case COLUMNS -> "automatic, as described";
        };
    }

    private String number(double v) {
        if (kind == Kind.LONG || (v == Math.rint(v) && Math.abs(v) < 1e15)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** The value of a DOUBLE parameter: the default when absent, checked against the range. */
    public double readDouble(SettingsStore store) {
        requireKind(Kind.DOUBLE);
        double v = store.getDouble(key, (Double) defaultValue);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw invalid("must be a finite number, not " + v);
        }
        checkRange(v);
        return v;
    }

    /** The value of a LONG parameter: the default when absent, checked against the range. */
    public long readLong(SettingsStore store) {
        requireKind(Kind.LONG);
        long v = store.getLong(key, (Long) defaultValue);
        checkRange(v);
        return v;
    }

    public boolean readBoolean(SettingsStore store) {
        requireKind(Kind.BOOLEAN);
        return store.getBoolean(key, (Boolean) defaultValue);
    }

    /** The value of a CHOICE parameter, case-insensitive, returned in its canonical lower-case spelling. */
    public String readChoice(SettingsStore store) {
        requireKind(Kind.CHOICE);
        String v = store.getString(key, (String) defaultValue);
        String norm = v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
        if (!choices.contains(norm)) {
            throw invalid("must be one of " + String.join(", ", choices) + ", not '" + v + "'");
        }
        return norm;
    }

    public String readText(SettingsStore store) {
        requireKind(Kind.TEXT);
        String v = store.getString(key, (String) defaultValue);
        return v == null ? "" : v;
    }

    /** The chosen column names, in order, without blanks and duplicates; empty means the automatic choice. */
    public List<String> readColumns(SettingsStore store) {
        requireKind(Kind.COLUMNS);
        String[] names = store.getStringArray(key, new String[0]);
        List<String> out = new ArrayList<>();
        if (names != null) {
            for (String n : names) {
                if (n != null && !n.isEmpty() && !out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Stores a value of this parameter's kind (Double/Long/Boolean/String/List or String[] of names). */
    public void write(SettingsStore store, Object value) {
        switch (kind) {
            case DOUBLE -> store.putDouble(key, ((Number) value).doubleValue());
            case LONG -> store.putLong(key, ((Number) value).longValue());
            case BOOLEAN -> store.putBoolean(key, (Boolean) value);
            case CHOICE, TEXT -> store.putString(key, (String) value);
            case COLUMNS -> store.putStringArray(key, value instanceof List<?> l
                ? l.toArray(new String[0]) : (String[]) value);
        }
    }

    /**
     * A value written as text, for hosts whose settings are text fields (Weka's bean properties, variables): a
     * DOUBLE and a LONG are written in the grammar of {@link Numbers} (decimal or scientific notation; a LONG's
     * value must be integral: 42, 1e6), a BOOLEAN true or
     * false, CHOICE and TEXT are taken as they are, COLUMNS are names separated by commas (blanks around names are
     * ignored, an empty text is the automatic choice). Ranges and choices are checked when the value is read.
     *
     * @return a Double, Long, Boolean, String or String[] by kind, as {@link #write} takes
     * @throws InvalidInputException naming the setting when the text is not of the parameter's kind
     */
    public Object parseText(String text) {
        String t = text == null ? "" : text.trim();
        return switch (kind) {
            case DOUBLE -> {
                try {
                    yield Numbers.parse(t);
                } catch (NumberFormatException e) {
                    throw invalid("must be " + Numbers.NUMBER_RULE + ", not '" + t + "'");
                }
            }
            case LONG -> {
                try {
                    yield Numbers.parseWhole(t);
                } catch (NumberFormatException e) {
                    throw invalid("must be " + Numbers.WHOLE_RULE + ", not '" + t + "'");
                }
            }
            case BOOLEAN -> {
                if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                    yield Boolean.parseBoolean(t.toLowerCase(Locale.ROOT));
                }
                throw invalid("must be true or false, not '" + t + "'");
            }
            case CHOICE, TEXT -> text == null ? "" : text;
            case COLUMNS -> {
                List<String> names = new ArrayList<>();
                for (String n : t.split(",")) {
                    if (!n.isBlank()) {
                        names.add(n.trim());
                    }
                }
                yield names.toArray(new String[0]);
            }
        };
    }

    /** {@link #parseText} then {@link #write}. */
    public void writeText(SettingsStore store, String text) {
        write(store, parseText(text));
    }

    /**
     * A value of this parameter's kind as {@link #parseText} reads it back: numbers in their shortest exact form
     * (0.01, 2, 1e-10), columns joined by ", ".
     *
     * @param value a Double, Long, Boolean, String, or List or String[] of names by kind
     */
    public String toText(Object value) {
        return switch (kind) {
            case DOUBLE -> numberText(((Number) value).doubleValue());
            case LONG -> Long.toString(((Number) value).longValue());
            case BOOLEAN, CHOICE, TEXT -> String.valueOf(value);
            case COLUMNS -> String.join(", ", value instanceof List<?> l ? l.toArray(new String[0]) : (String[]) value);
        };
    }

    /** The default in the form of {@link #toText}. */
    public String defaultAsText() {
        return toText(defaultValue);
    }

    private static String numberText(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    private void checkRange(double v) {
        boolean low = minOpen ? !(v > min) : v < min;
        boolean high = maxOpen ? !(v < max) : v > max;
        if (low || high) {
            throw invalid("must be " + rangeWords() + ", not " + (kind == Kind.LONG ? Long.toString((long) v) : v));
        }
    }

    private String rangeWords() {
        boolean hasMin = Double.isFinite(min) && !(kind == Kind.LONG && min == Long.MIN_VALUE);
        boolean hasMax = Double.isFinite(max) && !(kind == Kind.LONG && max == Long.MAX_VALUE);
        String lo = (minOpen ? "greater than " : "at least ") + number(min);
        String hi = (maxOpen ? "less than " : "at most ") + number(max);
        return hasMin && hasMax ? lo + " and " + hi : hasMin ? lo : hi;
    }

    /** An error about this parameter's value, naming it as the user sees it. */
    public InvalidInputException invalid(String problem) {
        return new InvalidInputException(key, "Setting '" + label + "' (" + key + ") " + problem + ".");
    }

    private void requireKind(Kind k) {
        if (kind != k) {
            throw new IllegalStateException("parameter " + key + " is " + kind + ", not " + k);
        }
    }

    @Override
    public String toString() {
        return key + " (" + kind + ")";
    }
}
