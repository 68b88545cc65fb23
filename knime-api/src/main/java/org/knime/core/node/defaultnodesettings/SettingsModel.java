package org.knime.core.node.defaultnodesettings;

import javax.swing.event.ChangeListener;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public abstract class SettingsModel {
    public SettingsModel() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract <T extends SettingsModel> T createClone();

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    protected abstract void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException;

    protected abstract void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException;

    public void addChangeListener(final ChangeListener l) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void setEnabled(final boolean enabled) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public boolean isEnabled() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract void saveSettingsForModel(final NodeSettingsWO settings);

    @Override
    public abstract String toString();
}
