package org.lnet.node;

import java.util.List;

/** Free text, e.g. a label carried along for documentation. */
public final class TextSetting extends Setting<String> {

    private TextSetting(String key, String label, String description, List<String> formerKeys, String defaultValue) {
        super(key, label, description, formerKeys, defaultValue);
    }

    public static TextSetting text(String key, String label, String description, String defaultValue) {
        return new TextSetting(key, label, description, List.of(), defaultValue);
    }

    /** Also read from these keys of older versions ({@link #formerKeys()}). */
    public TextSetting formerly(String... keys) {
        return new TextSetting(key(), label(), description(), List.of(keys), defaultTyped());
    }

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    @Override
    public String check(String v) {
        return v == null ? "" : v;
    }

    @Override
    public String format(String v) {
        return v;
    }

    @Override
    String get(SettingsStore store, String key) {
        return store.getString(key, defaultTyped());
    }

    @Override
    String typed(Object value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public Object defaultValue() {
        return defaultTyped();
    }

    @Override
    public Object parseText(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void write(SettingsStore store, Object value) {
        store.putString(key(), typed(value));
    }
}
