package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelDouble} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelDouble.java}): one double entry under the
 * config name, model id {@code SMID_double}.
 */
public class SettingsModelDouble extends SettingsModelNumber<Double> {
    public SettingsModelDouble(final String configName, final double defaultValue) {
        super(configName, defaultValue);
    }

    public void setDoubleValue(final double newValue) {
        value(newValue);
    }

    public double getDoubleValue() {
        return value();
    }

    @Override
    protected SettingsModelDouble createClone() {
        return new SettingsModelDouble(getConfigName(), value());
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_double";
    }

    @Override
    void readEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException {
        settings.getDouble(key);
    }

    @Override
    Double loadEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException {
        return settings.getDouble(key);
    }

    @Override
    void saveEntry(NodeSettingsWO settings, String key, Double v) {
        settings.addDouble(key, v);
    }
}
