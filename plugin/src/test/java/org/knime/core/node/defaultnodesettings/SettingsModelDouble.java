package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelDouble} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelDouble.java}): one double entry under the config name, model id
 * {@code SMID_double}.
 */
public class SettingsModelDouble extends SettingsModelNumber {
    private final String configName;
    private double value;

    public SettingsModelDouble(final String configName, final double defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        this.configName = configName;
        this.value = defaultValue;
    }

    public void setDoubleValue(final double newValue) {
        boolean changed = !java.util.Objects.equals(value, newValue);
        value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    public double getDoubleValue() {
        return value;
    }

    @Override
    protected SettingsModelDouble createClone() {
        return new SettingsModelDouble(configName, value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_double";
    }

    @Override
    protected String getConfigName() {
        return configName;
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getDouble(configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        setDoubleValue(settings.getDouble(configName));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addDouble(configName, value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + configName + "')";
    }
}
