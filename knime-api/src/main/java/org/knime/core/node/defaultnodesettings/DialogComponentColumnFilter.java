package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public class DialogComponentColumnFilter extends DialogComponent {
    public DialogComponentColumnFilter(final SettingsModelFilterString model, final int inPortIndex,
        final boolean showKeepAllBox) {
        super(null);
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public DialogComponentColumnFilter(final SettingsModelFilterString model, final int inPortIndex,
        final boolean showKeepAllBox, final Class<? extends DataValue>... allowedTypes) {
        super(null);
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void setIncludeTitle(final String title) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void setExcludeTitle(final String title) {
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
