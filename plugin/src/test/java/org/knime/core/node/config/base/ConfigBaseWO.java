package org.knime.core.node.config.base;

/**
 * Test-scope copy of KNIME's {@code ConfigBaseWO} (knime-shared
 * {@code org.knime.core.util/src/main/java/org/knime/core/node/config/base/ConfigBaseWO.java}): typed entries by key;
 * adding a key again replaces its entry.
 */
public interface ConfigBaseWO {
    public void addDouble(final String key, final double value);

    public void addLong(final String key, final long value);

    public void addBoolean(final String key, final boolean value);

    public void addString(final String key, final String value);

    public void addStringArray(final String key, final String... values);
}
