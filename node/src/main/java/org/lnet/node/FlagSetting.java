package org.lnet.node;

import java.util.List;
import java.util.Locale;

/** A yes/no setting. */
public final class FlagSetting extends Setting<Boolean> {

    private FlagSetting(String key, String label, String description, List<String> formerKeys, boolean defaultValue) {
        super(key, label, description, formerKeys, defaultValue);
    }

    public static FlagSetting flag(String key, String label, String description, boolean defaultValue) {
        return new FlagSetting(key, label, description, List.of(), defaultValue);
    }

    /** Also read from these keys of older versions ({@link #formerKeys()}). */
    public FlagSetting formerly(String... keys) {
        return new FlagSetting(key(), label(), description(), List.of(keys), defaultTyped());
    }

    @Override
    public Kind kind() {
        return Kind.BOOLEAN;
    }

    @Override
    public Boolean check(Boolean v) {
        return v;
    }

    @Override
    public String format(Boolean v) {
        return v.toString();
    }

    @Override
    Boolean get(SettingsStore store, String key) {
        return store.getBoolean(key, defaultTyped());
    }

    @Override
    Boolean typed(Object value) {
        return (Boolean) value;
    }

    @Override
    public Object defaultValue() {
        return defaultTyped();
    }

    @Override
    public Object parseText(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(t.toLowerCase(Locale.ROOT));
        }
        throw invalid("must be true or false, not '" + t + "'");
    }

    @Override
    public void write(SettingsStore store, Object value) {
        store.putBoolean(key(), typed(value));
    }
}
