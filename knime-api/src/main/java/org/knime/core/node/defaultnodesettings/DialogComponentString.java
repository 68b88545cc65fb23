package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public final class DialogComponentString extends DialogComponent {
    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        super(null);
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected void updateComponent() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
