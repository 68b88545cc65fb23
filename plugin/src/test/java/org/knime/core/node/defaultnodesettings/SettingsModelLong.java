package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelLong} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelLong.java}): one long entry under the
 * config name, model id {@code SMN_long}. As in KNIME, loading keeps the current value when the key is absent
 * (the getter with default).
 */
public class SettingsModelLong extends SettingsModelNumber<Long> {
    public SettingsModelLong(final String configName, final long defaultValue) {
        super(configName, defaultValue);
    }

    public void setLongValue(final long newValue) {
        value(newValue);
    }

    public long getLongValue() {
        return value();
    }

    @Override
    protected SettingsModelLong createClone() {
        return new SettingsModelLong(getConfigName(), value());
    }

    @Override
    protected String getModelTypeID() {
        return "SMN_long";
    }

    @Override
    void readEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException {
        settings.getLong(key);
    }

    @Override
    Long loadEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException {
        return settings.getLong(key, value());
    }

    @Override
    void saveEntry(NodeSettingsWO settings, String key, Long v) {
        settings.addLong(key, v);
    }
}
