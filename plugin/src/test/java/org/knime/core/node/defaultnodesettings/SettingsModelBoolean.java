package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Test-scope stand-in for KNIME's {@code SettingsModelBoolean} (knime-core
 * {@code org/knime/core/node/defaultnodesettings/SettingsModelBoolean.java}): one boolean entry under the
 * config name, model id {@code SMID_boolean}. Its {@code getConfigName()} is public, as in KNIME.
 */
public class SettingsModelBoolean extends SingleValueSettingsModel<Boolean> {
    public SettingsModelBoolean(final String configName, final boolean defaultValue) {
        super(configName, defaultValue);
    }

    public void setBooleanValue(final boolean newValue) {
        value(newValue);
    }

    public boolean getBooleanValue() {
        return value();
    }

    @Override
    protected SettingsModelBoolean createClone() {
        return new SettingsModelBoolean(getConfigName(), value());
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_boolean";
    }

    @Override
    public String getConfigName() {
        return super.getConfigName();
    }

    @Override
    void readEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException {
        settings.getBoolean(key);
    }

    @Override
    Boolean loadEntry(NodeSettingsRO settings, String key) throws InvalidSettingsException {
        return settings.getBoolean(key);
    }

    @Override
    void saveEntry(NodeSettingsWO settings, String key, Boolean v) {
        settings.addBoolean(key, v);
    }
}
