package org.lnet.node;

import java.util.Set;

/**
 * A flat key-value store for node settings, the one thing every host can offer: KNIME's NodeSettings, a Weka
 * option map, a properties file, a test's map. Getters return the default when the key is absent, so a settings
 * set saved by an older version (without a newer key) loads with the documented default. A key that is present
 * with a value of another type is an error naming the key, never a silent default.
 */
public interface SettingsStore {

    boolean containsKey(String key);

    /** The keys present, in insertion order where the store keeps one. */
    Set<String> keys();

    String getString(String key, String defaultValue);

    double getDouble(String key, double defaultValue);

    long getLong(String key, long defaultValue);

    boolean getBoolean(String key, boolean defaultValue);

    /** A string array (never null once present; an absent key gives the default). */
    String[] getStringArray(String key, String[] defaultValue);

    void putString(String key, String value);

    void putDouble(String key, double value);

    void putLong(String key, long value);

    void putBoolean(String key, boolean value);

    void putStringArray(String key, String[] value);
}
