package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public class DefaultNodeSettingsPane extends NodeDialogPane {
    public DefaultNodeSettingsPane() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void setDefaultTabTitle(final String tabTitle) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void createNewTab(final String tabTitle) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void createNewGroup(final String title) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void closeCurrentGroup() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void addDialogComponent(final DialogComponent diaC) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void setHorizontalPlacement(final boolean horizontal) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
