package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelString} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelString.java}): one String entry under the
 * config name, model id {@code SMID_string}.
 */
public class SettingsModelString extends SingleValueSettingsModel<String> {
    public SettingsModelString(final String configName, final String defaultValue) {
        super(configName, defaultValue);
    }

    public void setStringValue(final String newValue) {
        value(newValue);
    }

    public String getStringValue() {
        return value();
    }

    @Override
    protected SettingsModelString createClone() {
        return new SettingsModelString(getConfigName(), value());
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_string";
    }

    @Override
    void readEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException {
        settings.getString(key);
    }

    @Override
    String loadEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException {
        return settings.getString(key);
    }

    @Override
    void saveEntry(NodeSettingsWO settings, String key, String v) {
        settings.addString(key, v);
    }
}
