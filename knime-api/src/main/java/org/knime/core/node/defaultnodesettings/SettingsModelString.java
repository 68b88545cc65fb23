package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public class SettingsModelString extends SettingsModel {
    public SettingsModelString(final String configName, final String defaultValue) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }


    public void setStringValue(final String newValue) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected SettingsModelString createClone() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected String getModelTypeID() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected String getConfigName() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
