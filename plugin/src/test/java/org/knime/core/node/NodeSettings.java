package org.knime.core.node;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Test-scope stand-in for KNIME's {@code NodeSettings} (knime-core {@code org/knime/core/node/NodeSettings.java} over
 * knime-shared {@code ConfigBase.java}): a tree of typed entries. Kept from KNIME's {@code ConfigBase}: a getter
 * without default throws InvalidSettingsException ("Double for key "k" not found.") when the key is absent or holds
 * another type; a getter with default returns the default then; {@code containsKey} is true for entries and
 * sub-configs alike; adding a key again replaces it.
 */
public final class NodeSettings implements NodeSettingsRO, NodeSettingsWO {
    private final String key;
    private final Map<String, Object> entries = new LinkedHashMap<>();

    public NodeSettings(final String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    private <T> T required(String k, Class<T> type, String what) throws InvalidSettingsException {
        Object o = entries.get(k);
        if (!type.isInstance(o)) {
            throw new InvalidSettingsException(what + " for key \"" + k + "\" not found.");
        }
        return type.cast(o);
    }

    private <T> T orDefault(String k, Class<T> type, T def) {
        Object o = entries.get(k);
        return type.isInstance(o) ? type.cast(o) : def;
    }

    @Override
    public boolean containsKey(final String k) {
        return entries.containsKey(k);
    }

    @Override
    public Set<String> keySet() {
        return entries.keySet();
    }

    @Override
    public Iterator<String> iterator() {
        return entries.keySet().iterator();
    }

    @Override
    public double getDouble(final String k) throws InvalidSettingsException {
        return required(k, Double.class, "Double");
    }

    @Override
    public double getDouble(final String k, final double def) {
        return orDefault(k, Double.class, def);
    }

    @Override
    public long getLong(final String k) throws InvalidSettingsException {
        return required(k, Long.class, "Long");
    }

    @Override
    public long getLong(final String k, final long def) {
        return orDefault(k, Long.class, def);
    }

    @Override
    public boolean getBoolean(final String k) throws InvalidSettingsException {
        return required(k, Boolean.class, "Boolean");
    }

    @Override
    public boolean getBoolean(final String k, final boolean def) {
        return orDefault(k, Boolean.class, def);
    }

    /** A string entry may hold null, as in KNIME. */
    @Override
    public String getString(final String k) throws InvalidSettingsException {
        if (entries.containsKey(k) && entries.get(k) == null) {
            return null;
        }
        return required(k, String.class, "String");
    }

    @Override
    public String getString(final String k, final String def) {
        return entries.containsKey(k) && entries.get(k) == null ? null : orDefault(k, String.class, def);
    }

    @Override
    public String[] getStringArray(final String k) throws InvalidSettingsException {
        return required(k, String[].class, "String array").clone();
    }

    @Override
    public String[] getStringArray(final String k, final String... def) {
        String[] v = orDefault(k, String[].class, (String[]) null);
        return v == null ? def : v.clone();
    }

    @Override
    public NodeSettings getConfig(final String k) throws InvalidSettingsException {
        return required(k, NodeSettings.class, "Config");
    }

    @Override
    public NodeSettings getNodeSettings(final String k) throws InvalidSettingsException {
        return getConfig(k);
    }

    @Override
    public void addDouble(final String k, final double value) {
        entries.put(k, value);
    }

    @Override
    public void addLong(final String k, final long value) {
        entries.put(k, value);
    }

    @Override
    public void addBoolean(final String k, final boolean value) {
        entries.put(k, value);
    }

    @Override
    public void addString(final String k, final String value) {
        entries.put(k, value);
    }

    @Override
    public void addStringArray(final String k, final String... values) {
        entries.put(k, values == null ? null : values.clone());
    }

    @Override
    public NodeSettings addConfig(final String k) {
        NodeSettings sub = new NodeSettings(k);
        entries.put(k, sub);
        return sub;
    }

    @Override
    public NodeSettings addNodeSettings(final String k) {
        return addConfig(k);
    }

    /** The raw entry under a key (Double, Long, Boolean, String, String[], NodeSettings or null), for tests. */
    public Object entry(final String k) {
        return entries.get(k);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NodeSettings s) || !s.entries.keySet().equals(entries.keySet())) {
            return false;
        }
        return entries.keySet().stream().allMatch(k -> Objects.deepEquals(entries.get(k), s.entries.get(k)));
    }

    @Override
    public int hashCode() {
        return entries.keySet().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(key).append('{');
        entries.forEach((k, v) -> b.append(k).append('=')
            .append(v instanceof String[] a ? Arrays.toString(a) : String.valueOf(v)).append(", "));
        return b.append('}').toString();
    }
}
