package org.knime.core.node.config.base;

import org.knime.core.node.InvalidSettingsException;

/** Shim of KNIME's interface (knime-shared): the members this project uses. */
public interface ConfigBaseRO extends Iterable<String> {
    public boolean containsKey(final String key);

    public double getDouble(final String key) throws InvalidSettingsException;

    public double getDouble(final String key, final double def);

    public long getLong(final String key) throws InvalidSettingsException;

    public long getLong(final String key, final long def);

    public boolean getBoolean(final String key) throws InvalidSettingsException;

    public boolean getBoolean(final String key, final boolean def);

    public String getString(final String key) throws InvalidSettingsException;

    public String getString(final String key, final String def);

    public String[] getStringArray(final String key) throws InvalidSettingsException;

    public String[] getStringArray(final String key, final String... def);
}
