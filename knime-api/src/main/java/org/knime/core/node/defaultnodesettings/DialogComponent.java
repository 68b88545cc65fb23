package org.knime.core.node.defaultnodesettings;

import javax.swing.JPanel;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public abstract class DialogComponent {
    public DialogComponent(final SettingsModel model) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public JPanel getComponentPanel() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public final SettingsModel getModel() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract void updateComponent();

    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    protected abstract void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException;

    protected abstract void setEnabledComponents(final boolean enabled);

    public abstract void setToolTipText(final String text);
}
