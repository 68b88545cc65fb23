package org.knime.core.node.config.base;

/** Shim of KNIME's interface (knime-shared): the members this project uses. */
public interface ConfigBaseWO {
    public void addDouble(final String key, final double value);

    public void addLong(final String key, final long value);

    public void addBoolean(final String key, final boolean value);

    public void addString(final String key, final String value);

    public void addStringArray(final String key, final String... values);
}
