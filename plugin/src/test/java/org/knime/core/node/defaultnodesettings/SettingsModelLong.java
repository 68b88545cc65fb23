package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelLong} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelLong.java}): one long entry under the config name, model id
 * {@code SMN_long}. As in KNIME, loading keeps the current value when the key is absent (the getter with default).
 */
public class SettingsModelLong extends SettingsModelNumber {
    private final String configName;
    private long value;

    public SettingsModelLong(final String configName, final long defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        this.configName = configName;
        this.value = defaultValue;
    }

    public void setLongValue(final long newValue) {
        boolean changed = !java.util.Objects.equals(value, newValue);
        value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    public long getLongValue() {
        return value;
    }

    @Override
    protected SettingsModelLong createClone() {
        return new SettingsModelLong(configName, value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMN_long";
    }

    @Override
    protected String getConfigName() {
        return configName;
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getLong(configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        setLongValue(settings.getLong(configName, value));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addLong(configName, value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + configName + "')";
    }
}
