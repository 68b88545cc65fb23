package org.knime.core.node.defaultnodesettings;

import java.util.Collection;
import java.util.List;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public class SettingsModelFilterString extends SettingsModel {
    public SettingsModelFilterString(final String configName) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public SettingsModelFilterString(final String configName, final String[] defaultInclList,
        final String[] defaultExclList) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }


    public void setIncludeList(final Collection<String> newValue) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public List<String> getIncludeList() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void setExcludeList(final Collection<String> newValue) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public List<String> getExcludeList() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public final void setNewValues(final Collection<String> incl, final Collection<String> excl,
        final boolean keepAll) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected SettingsModelFilterString createClone() {
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
