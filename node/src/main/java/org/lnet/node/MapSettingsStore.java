package org.lnet.node;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lnet.engine.InvalidInputException;

/**
 * In-memory {@link SettingsStore}: what hosts without a settings tree of their own use, and what tests compare.
 * Values keep their type (String, Double, Long, Boolean, String[]); two stores are equal when they hold the same
 * keys with equal values (doubles compared bit for bit, so NaN equals NaN).
 */
public final class MapSettingsStore implements SettingsStore {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public MapSettingsStore() {
    }

    /**
     * A store from alternating keys and values, each stored by its type: Double, Long or Integer (as a long),
     * Boolean, String, String[]; for tests and build tools that write settings sets literally.
     */
    public static MapSettingsStore of(Object... keyValues) {
        MapSettingsStore s = new MapSettingsStore();
        for (int i = 0; i < keyValues.length; i += 2) {
            String k = (String) keyValues[i];
            Object v = keyValues[i + 1];
            if (v instanceof Double d) {
                s.putDouble(k, d);
            } else if (v instanceof Long l) {
                s.putLong(k, l);
            } else if (v instanceof Integer n) {
                s.putLong(k, n);
            } else if (v instanceof Boolean f) {
                s.putBoolean(k, f);
            } else if (v instanceof String str) {
                s.putString(k, str);
            } else {
                s.putStringArray(k, (String[]) v);
            }
        }
        return s;
    }

    /** A copy of another store's content. */
    public static MapSettingsStore copyOf(MapSettingsStore other) {
        MapSettingsStore copy = new MapSettingsStore();
        other.values.forEach((k, v) -> copy.values.put(k, v instanceof String[] a ? a.clone() : v));
        return copy;
    }

    /** Removes a key, as an older version's settings would lack it. */
    public MapSettingsStore without(String key) {
        values.remove(key);
        return this;
    }

    /** The raw value of a key (String, Double, Long, Boolean or String[]), null if absent. */
    public Object raw(String key) {
        Object v = values.get(key);
        return v instanceof String[] a ? a.clone() : v;
    }

    @Override
    public boolean containsKey(String key) {
        return values.containsKey(key);
    }

    @Override
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    @Override
    public String getString(String key, String defaultValue) {
        return values.containsKey(key) ? typed(key, String.class, "text") : defaultValue;
    }

    @Override
    public double getDouble(String key, double defaultValue) {
        if (!values.containsKey(key)) {
            return defaultValue;
        }
        Object v = values.get(key);
        // a whole number stored as long is a valid real number; the reverse is not
        return v instanceof Long l ? l.doubleValue() : typed(key, Double.class, "number");
    }

    @Override
    public long getLong(String key, long defaultValue) {
        return values.containsKey(key) ? typed(key, Long.class, "whole number") : defaultValue;
    }

    @Override
    public boolean getBoolean(String key, boolean defaultValue) {
        return values.containsKey(key) ? typed(key, Boolean.class, "true/false value") : defaultValue;
    }

    @Override
    public String[] getStringArray(String key, String[] defaultValue) {
        return values.containsKey(key) ? typed(key, String[].class, "list of names").clone() : defaultValue;
    }

    private <T> T typed(String key, Class<T> type, String what) {
        Object v = values.get(key);
        if (!type.isInstance(v)) {
            throw new InvalidInputException(key, "Setting '" + key + "' must be a " + what + ", but holds "
                + (v == null ? "nothing" : "'" + display(v) + "'") + ".");
        }
        return type.cast(v);
    }

    private static String display(Object v) {
        return v instanceof String[] a ? Arrays.toString(a) : String.valueOf(v);
    }

    @Override
    public void putString(String key, String value) {
        values.put(Objects.requireNonNull(key), Objects.requireNonNull(value, "value"));
    }

    @Override
    public void putDouble(String key, double value) {
        values.put(Objects.requireNonNull(key), value);
    }

    @Override
    public void putLong(String key, long value) {
        values.put(Objects.requireNonNull(key), value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
        values.put(Objects.requireNonNull(key), value);
    }

    @Override
    public void putStringArray(String key, String[] value) {
        values.put(Objects.requireNonNull(key), Objects.requireNonNull(value, "value").clone());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MapSettingsStore other) || !values.keySet().equals(other.values.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!Objects.deepEquals(e.getValue(), other.values.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            h += e.getKey().hashCode() ^ (v instanceof String[] a ? Arrays.hashCode(a) : v.hashCode());
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        values.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append('=').append(display(v)));
        return b.append('}').toString();
    }
}
