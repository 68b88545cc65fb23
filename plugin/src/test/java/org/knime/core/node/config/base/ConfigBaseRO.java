package org.knime.core.node.config.base;

import java.util.Set;
import org.knime.core.node.InvalidSettingsException;

/**
 * Test-scope copy of KNIME's {@code ConfigBaseRO} (knime-shared
 * {@code org.knime.core.util/src/main/java/org/knime/core/node/config/base/ConfigBaseRO.java}), with {@code keySet}.
 */
public interface ConfigBaseRO extends Iterable<String> {
    public boolean containsKey(final String key);

    public Set<String> keySet();

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
