package org.knime.core.node;

import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public abstract class NodeDialogPane {
    protected NodeDialogPane() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException;
}
