package org.lnet.node;

import java.util.List;

/**
 * One node setting, declared once with its type: key, label, documentation, default and admissible values. A node
 * lists its settings (constants of these types) and reads them typed through {@link Values}; loading, saving,
 * defaults and validation follow from the declaration, and hosts build dialogs, properties and options from its
 * {@link Parameter} view.
 *
 * <p>Reading applies the default for an absent key (after trying the {@link #formerKeys()}), checks the value and
 * reports a bad one with a message naming the setting by label and key. Immutable.
 *
 * @param <T> the Java type of the value (Double, Long, Boolean, an enum, String, long[], List of column names)
 */
public abstract sealed class Setting<T> extends Parameter
    permits NumberSetting, FlagSetting, ChoiceSetting, TextSetting, WidthsSetting, ColumnsSetting {

    private final T defaultValue;

    Setting(String key, String label, String description, List<String> formerKeys, T defaultValue) {
        super(key, label, description, formerKeys);
        this.defaultValue = defaultValue;
    }

    /** The default, typed. */
    public T defaultTyped() {
        return defaultValue;
    }

    /** The value in a store: under the key, else under the first former key present, else the default; checked. */
    public final T read(SettingsStore store) {
        String k = storedKey(store);
        return check(k == null ? defaultValue : get(store, k));
    }

    /** The key the store holds this setting under ({@link #key()} or a former key), null when absent. */
    public final String storedKey(SettingsStore store) {
        if (store.containsKey(key())) {
            return key();
        }
        return formerKeys().stream().filter(store::containsKey).findFirst().orElse(null);
    }

    /** The value as text would give it: {@link #parseText} then {@link #check}. */
    public final T parse(String text) {
        return check(typed(parseText(text)));
    }

    /**
     * The value if admissible, in canonical form.
     *
     * @throws org.lnet.engine.InvalidInputException naming the setting and the admissible values otherwise
     */
    public abstract T check(T value);

    /** The value as text, as {@link #parse} reads it back. */
    public abstract String format(T value);

    /** The raw value stored under {@code key}, not yet checked. */
    abstract T get(SettingsStore store, String key);

    /** A stored form or typed value as T, not yet checked. */
    abstract T typed(Object value);

    @Override
    public final String toText(Object value) {
        return format(typed(value));
    }
}
