package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/** Shim of KNIME's class: compile-time signatures only. */
public abstract class NodeModel implements AbstractNodeView.ViewableModel {
    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected final int getNrInPorts() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected final int getNrOutPorts() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract void reset();

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected final void setWarningMessage(final String warningMessage) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
