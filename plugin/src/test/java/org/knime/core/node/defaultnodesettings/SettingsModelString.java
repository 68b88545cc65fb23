package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelString} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelString.java}): one string entry under the config name, model id
 * {@code SMID_string}.
 */
public class SettingsModelString extends SettingsModel {
    private final String configName;
    private String value;

    public SettingsModelString(final String configName, final String defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        this.configName = configName;
        this.value = defaultValue;
    }

    public void setStringValue(final String newValue) {
        boolean changed = !java.util.Objects.equals(value, newValue);
        value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    public String getStringValue() {
        return value;
    }

    @Override
    protected SettingsModelString createClone() {
        return new SettingsModelString(configName, value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_string";
    }

    @Override
    protected String getConfigName() {
        return configName;
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getString(configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        setStringValue(settings.getString(configName));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addString(configName, value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + configName + "')";
    }
}
