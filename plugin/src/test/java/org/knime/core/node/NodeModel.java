package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Test-scope stand-in for KNIME's {@code NodeModel} (knime-core {@code org/knime/core/node/NodeModel.java}, 5.1.0 and
 * HEAD). The protected API is KNIME's; the package-private methods are what KNIME's {@code Node} calls, with the
 * checks KNIME makes around the model: {@code loadSettingsFrom} validates before loading; {@code configureModel}
 * clears the warning, gives an unconnected required table port an empty spec, refuses a spec of the wrong class
 * ("Incompatible port spec ...") and pads a missing result; {@code executeModel} clears the warning, refuses inputs of
 * the wrong class, discards a result when cancel was pressed ("Result discarded due to user cancel"), refuses a wrong
 * number of outputs or a null output, and warns "Node created an empty data table." when every table output is
 * empty and the node set no warning.
 */
public abstract class NodeModel implements AbstractNodeView.ViewableModel {
    private final PortType[] inPortTypes;
    private final PortType[] outPortTypes;
    private String warning;

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(tables(nrInDataPorts), tables(nrOutDataPorts));
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        this.inPortTypes = check(inPortTypes, "InPortType");
        this.outPortTypes = check(outPortTypes, "OutPortType");
    }

    private static PortType[] tables(int n) {
        PortType[] t = new PortType[n];
        Arrays.fill(t, BufferedDataTable.TYPE);
        return t;
    }

    private static PortType[] check(PortType[] types, String what) {
        if (types == null) {
            throw new NullPointerException(what + " array must not be null!");
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                throw new NullPointerException(what + "[" + i + "] must not be null!");
            }
        }
        return types.clone();
    }

    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected final int getNrInPorts() {
        return inPortTypes.length;
    }

    protected final int getNrOutPorts() {
        return outPortTypes.length;
    }

    protected final PortType getInPortType(final int index) {
        return inPortTypes[index];
    }

    protected final PortType getOutPortType(final int index) {
        return outPortTypes[index];
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < tables.length; i++) {
            if (inObjects[i] != null && !(inObjects[i] instanceof BufferedDataTable)) {
                throw new IOException("Input port " + i + " does not hold a data table");
            }
            tables[i] = (BufferedDataTable) inObjects[i];
        }
        return execute(tables, exec);
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IOException("NodeModel.execute() implementation missing!");
    }

    protected abstract void reset();

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] specs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = (DataTableSpec) inSpecs[i];
        }
        return configure(specs);
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
    }

    protected final void setWarningMessage(final String warningMessage) {
        warning = warningMessage;
    }

    protected final String getWarningMessage() {
        return warning;
    }

    final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateSettings(settings);
        loadValidatedSettingsFrom(settings);
    }

    final PortObjectSpec[] configureModel(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (inSpecs.length != getNrInPorts()) {
            throw new IllegalArgumentException(inSpecs.length + " input specs for " + getNrInPorts() + " ports");
        }
        setWarningMessage(null);
        PortObjectSpec[] in = inSpecs.clone();
        for (int i = 0; i < in.length; i++) {
            if (in[i] == null && BufferedDataTable.TYPE.equals(inPortTypes[i])) {
                in[i] = new DataTableSpec();
            }
            Class<? extends PortObjectSpec> expected = inPortTypes[i].getPortObjectSpecClass();
            if (in[i] != null && !expected.isAssignableFrom(in[i].getClass())) {
                throw new InvalidSettingsException("Incompatible port spec" + (in.length > 1 ? " at port " + i : "")
                    + ", expected: " + expected.getSimpleName() + ", actual: " + in[i].getClass().getSimpleName());
            }
        }
        PortObjectSpec[] out = configure(in);
        return out == null || out.length != getNrOutPorts() ? new PortObjectSpec[getNrOutPorts()] : out;
    }

    final PortObject[] executeModel(final PortObject[] data, final ExecutionContext exec) throws Exception {
        if (data.length != getNrInPorts()) {
            throw new IllegalArgumentException(data.length + " inputs for " + getNrInPorts() + " ports");
        }
        setWarningMessage(null);
        for (int i = 0; i < data.length; i++) {
            boolean unconnected = inPortTypes[i].isOptional() && data[i] == null;
            if (!unconnected && !inPortTypes[i].getPortObjectClass().isInstance(data[i])) {
                throw new IllegalStateException("Connection Error: Mismatch of input port types (port " + i + ").");
            }
        }
        PortObject[] out = execute(data, exec);
        if (exec.isCanceled()) {
            throw new CanceledExecutionException("Result discarded due to user cancel");
        }
        if (out == null || out.length != getNrOutPorts()) {
            throw new IllegalStateException("Invalid result. Execution failed. Reason: Incorrect implementation; the "
                + "execute method in \"" + getClass().getSimpleName() + "\" returned null or an incorrect number of "
                + "output tables.");
        }
        int tables = 0;
        boolean hasRows = false;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new IllegalStateException("Invalid result. Execution failed, reason: data at output " + i
                    + " is null.");
            }
            if (!outPortTypes[i].getPortObjectClass().isInstance(out[i])) {
                throw new IllegalStateException("Output " + i + " is a " + out[i].getClass().getSimpleName()
                    + ", its port type wants " + outPortTypes[i].getPortObjectClass().getSimpleName());
            }
            if (out[i] instanceof BufferedDataTable t) {
                tables++;
                hasRows |= t.size() > 0;
            }
        }
        if (warning == null && tables > 0 && !hasRows) {
            setWarningMessage(tables == 1 ? "Node created an empty data table."
                : "Node created empty data tables on all out-ports.");
        }
        return out;
    }

    final void resetModel() {
        setWarningMessage(null);
        reset();
    }
}
