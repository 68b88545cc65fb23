package org.lnet.knime.base;

import java.io.File;
import java.util.List;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.lnet.engine.CancelledException;
import org.lnet.engine.InvalidInputException;
import org.lnet.knime.port.LinearNetworkPortObject;
import org.lnet.knime.port.LinearNetworkPortObjectSpec;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeResult;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.SettingsStore;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.network.NetworkSpec;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;

/**
 * The KNIME NodeModel of every Linear Networks node. It only translates: SettingsModels to the node layer's settings
 * store, KNIME specs and tables to neutral ones, the ExecutionMonitor to {@link KnimeProgress}, and the node layer's
 * {@link InvalidInputException} to an InvalidSettingsException with the same message. All behaviour lives in the
 * node layer class it wraps, so one class serves every node.
 */
public final class LnetNodeModel extends NodeModel {

    private final LinearNetworkNode<?> node;
    private final List<Parameter> parameters;
    private final List<SettingsModel> models;

    public LnetNodeModel(LinearNetworkNode<?> node) {
        super(portTypes(node.info().inputs()), portTypes(node.info().outputs()));
        this.node = node;
        this.parameters = node.parameters();
        this.models = LnetSettingsModels.createAll(parameters);
    }

    static PortType[] portTypes(List<PortDef> defs) {
        PortType[] types = new PortType[defs.size()];
        for (int i = 0; i < types.length; i++) {
            PortDef d = defs.get(i);
            types[i] = d.kind() == PortDef.Kind.TABLE
                ? (d.optional() ? BufferedDataTable.TYPE_OPTIONAL : BufferedDataTable.TYPE)
                : (d.optional() ? LinearNetworkPortObject.TYPE_OPTIONAL : LinearNetworkPortObject.TYPE);
        }
        return types;
    }

    /** The settings as the node layer reads them. */
    private SettingsStore store() {
        return LnetSettingsModels.toStore(parameters, models);
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settings) {
        for (SettingsModel m : models) {
            m.saveSettingsTo(settings);
        }
    }

    @Override
    protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            node.load(LnetSettingsModels.read(parameters, settings));
        } catch (InvalidInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException {
        for (int i = 0; i < parameters.size(); i++) {
            LnetSettingsModels.loadOrDefault(parameters.get(i), models.get(i), settings);
        }
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        PortSpec[] in = new PortSpec[inSpecs.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = neutral(inSpecs[i]);
        }
        PortSpec[] out;
        try {
            out = node.configure(store(), in);
        } catch (InvalidInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        PortObjectSpec[] result = new PortObjectSpec[out.length];
        List<PortDef> defs = node.info().outputs();
        for (int i = 0; i < out.length; i++) {
            result[i] = knime(out[i], defs.get(i), inSpecs);
        }
        return result;
    }

    private static PortSpec neutral(PortObjectSpec spec) {
        if (spec instanceof DataTableSpec t) {
            return KnimeTables.toSpec(t);
        }
        if (spec instanceof LinearNetworkPortObjectSpec n) {
            return n.networkSpec();
        }
        return null;
    }

    private static PortObjectSpec knime(PortSpec spec, PortDef def, PortObjectSpec[] inSpecs) {
        if (spec instanceof NetworkSpec n) {
            return new LinearNetworkPortObjectSpec(n);
        }
        if (spec instanceof TableSpec t) {
            if (def.appendsTo() < 0) {
                return KnimeTables.toKnime(t);
            }
            return inSpecs[def.appendsTo()] instanceof DataTableSpec base
                ? new DataTableSpec(base, KnimeTables.toKnime(t)) : null;
        }
        return null;
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        PortValue[] in = new PortValue[inObjects.length];
        for (int i = 0; i < in.length; i++) {
            if (inObjects[i] instanceof BufferedDataTable t) {
                in[i] = KnimeTables.toTable(t, exec);
            } else if (inObjects[i] instanceof LinearNetworkPortObject n) {
                in[i] = n.network();
            }
        }
        NodeResult result;
        try {
            result = node.execute(store(), in, new KnimeProgress(exec));
        } catch (CancelledException e) {
            throw new CanceledExecutionException(e.getMessage());
        } catch (InvalidInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        List<PortDef> defs = node.info().outputs();
        PortObject[] out = new PortObject[defs.size()];
        for (int i = 0; i < out.length; i++) {
            PortValue v = result.output(i);
            int base = defs.get(i).appendsTo();
            if (v instanceof NetworkPortObject n) {
                out[i] = new LinearNetworkPortObject(n);
            } else if (base >= 0) {
                out[i] = KnimeTables.append((BufferedDataTable) inObjects[base], (Table) v, exec);
            } else {
                out[i] = KnimeTables.toKnime((Table) v, exec);
            }
        }
        if (!result.warnings().isEmpty()) {
            setWarningMessage(String.join("\n", result.warnings()));
        }
        return out;
    }

    @Override
    protected void reset() {
        // no state besides the settings
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
        // nothing internal: outputs are saved by KNIME
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
        // nothing internal: outputs are saved by KNIME
    }
}
