package org.lnet.node;

import java.util.List;
import java.util.Objects;
import org.lnet.engine.InvalidInputException;

/**
 * The host-neutral view of one node setting, what KNIME dialogs, Weka properties and the command line read: key,
 * label, description, kind, default, range or choices, in text form as well. Every parameter is a typed
 * {@link Setting} ({@link RealSetting}, {@link WholeSetting}, {@link FlagSetting}, {@link ChoiceSetting},
 * {@link TextSetting}, {@link WidthsSetting}, {@link ColumnsSetting}); nodes read their values typed through
 * {@link Values}, hosts move them through this view in their <em>stored form</em>: a Double (DOUBLE), Long (LONG),
 * Boolean (BOOLEAN), String (CHOICE, TEXT) or String[] (COLUMNS), which is what a {@link SettingsStore} holds.
 */
public abstract sealed class Parameter permits Setting {

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
    private final List<String> formerKeys;

    Parameter(String key, String label, String description, List<String> formerKeys) {
        this.key = Objects.requireNonNull(key);
        this.label = Objects.requireNonNull(label);
        this.description = Objects.requireNonNull(description);
        this.formerKeys = List.copyOf(formerKeys);
    }

    public final String key() {
        return key;
    }

    public final String label() {
        return label;
    }

    /** The documentation: KNIME's option description, Weka's tip text, the command line's help. */
    public String description() {
        return description;
    }

    /**
     * Keys under which older versions stored this setting, newest first: a store without {@link #key()} is read
     * from the first of them it holds, so settings saved before a rename load to the same values.
     */
    public final List<String> formerKeys() {
        return formerKeys;
    }

    public abstract Kind kind();

    /** The words a user may type (CHOICE), in dialog order; empty otherwise. */
    public List<String> choices() {
        return List.of();
    }

    /** The role of a COLUMNS parameter, null otherwise. */
    public ColumnRole columnRole() {
        return null;
    }

    /** The input port a COLUMNS parameter selects from, -1 otherwise. */
    public int port() {
        return -1;
    }

    /** The lower bound of a number, -∞ (or Long.MIN_VALUE) when there is none. */
    public double min() {
        return Double.NEGATIVE_INFINITY;
    }

    /** The upper bound of a number, +∞ (or Long.MAX_VALUE) when there is none. */
    public double max() {
        return Double.POSITIVE_INFINITY;
    }

    /** Whether {@link #min()} itself is excluded. */
    public boolean minOpen() {
        return true;
    }

    /** Whether {@link #max()} itself is excluded. */
    public boolean maxOpen() {
        return true;
    }

    /** The admissible range as a reader sees it, e.g. "> 0", "[0, 1)", "≥ 1", "sum | mean"; empty when free. */
    public String rangeText() {
        return "";
    }

    /** The default in its stored form (a copy for COLUMNS). */
    public abstract Object defaultValue();

    /** The default as a reader sees it ("automatic, as described" for columns). */
    public String defaultText() {
        return defaultAsText();
    }

    /** The default in the form of {@link #toText}. */
    public final String defaultAsText() {
        return toText(defaultValue());
    }

    /**
     * A value written as text, for hosts whose settings are text fields (Weka's bean properties, variables, command
     * line options): numbers in the grammar of {@link Numbers} (a LONG's value must be integral: 42, 1e6), a
     * BOOLEAN true or false, CHOICE and TEXT as they are, COLUMNS names separated by commas (blanks around names
     * ignored, an empty text is the automatic choice). Ranges and choices are checked when the value is read.
     *
     * @return the value in its stored form, as {@link #write} takes it
     * @throws InvalidInputException naming the setting when the text is not of the parameter's kind
     */
    public abstract Object parseText(String text);

    /** {@link #parseText} then {@link #write}. */
    public final void writeText(SettingsStore store, String text) {
        write(store, parseText(text));
    }

    /**
     * A value as {@link #parseText} reads it back: numbers in their shortest exact form (0.01, 2, 1e-10), columns
     * joined by ", ".
     *
     * @param value the stored form, or the typed value of the {@link Setting}
     */
    public abstract String toText(Object value);

    /**
     * Stores a value under {@link #key()}.
     *
     * @param value the stored form (a List of names is accepted for COLUMNS), or the typed value
     */
    public abstract void write(SettingsStore store, Object value);

    /** The value of a DOUBLE parameter: the default when absent, checked against the range. */
    public final double readDouble(SettingsStore store) {
        return as(RealSetting.class).read(store);
    }

    /** The value of a LONG parameter: the default when absent, checked against the range. */
    public final long readLong(SettingsStore store) {
        return as(WholeSetting.class).read(store);
    }

    public final boolean readBoolean(SettingsStore store) {
        return as(FlagSetting.class).read(store);
    }

    /** The word of a CHOICE parameter, checked and in its canonical lower-case spelling. */
    public final String readChoice(SettingsStore store) {
        return ((ChoiceSetting<?>) as(ChoiceSetting.class)).read(store).key();
    }

    /** The text of a TEXT parameter (checked by its syntax where it has one). */
    public final String readText(SettingsStore store) {
        if (this instanceof WidthsSetting w) {
            return w.format(w.read(store));
        }
        return as(TextSetting.class).read(store);
    }

    /** The chosen column names, in order, without blanks and duplicates; empty means the automatic choice. */
    public final List<String> readColumns(SettingsStore store) {
        return as(ColumnsSetting.class).read(store);
    }

    private <P extends Parameter> P as(Class<P> type) {
        if (!type.isInstance(this)) {
            throw new IllegalStateException("parameter " + key + " is " + kind() + ", not a " + type.getSimpleName());
        }
        return type.cast(this);
    }

    /** An error about this parameter's value: "Setting 'Label' (key) problem." */
    public InvalidInputException invalid(String problem) {
        return new InvalidInputException(InvalidInputException.Kind.SETTING, key, new long[0], -1, where(), "",
            problem, "");
    }

    /** How messages name this setting: "setting 'Label' (key)". */
    public final String where() {
        return "setting '" + label + "' (" + key + ")";
    }

    @Override
    public String toString() {
        return key + " (" + kind() + ")";
    }
}
