package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/**
 * Test-scope copy of KNIME's {@code ConfigWO} (knime-core {@code org/knime/core/node/config/ConfigWO.java}) with the
 * typed adders of knime-shared's {@code ConfigBaseWO.java} (the shim declares none): adding a key again replaces its
 * entry.
 */
public interface ConfigWO extends ConfigBaseWO {
    /** A new, empty sub-config under the key (replacing an entry of that key). */
    public ConfigWO addConfig(final String key);

    public void addDouble(final String key, final double value);

    public void addLong(final String key, final long value);

    public void addBoolean(final String key, final boolean value);

    public void addString(final String key, final String value);

    public void addStringArray(final String key, final String... values);
}
