package org.knime.core.node;

import java.util.List;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-only: plays the part of KNIME's {@code Node} (knime-core {@code org/knime/core/node/Node.java}) for one node
 * model, calling it as KNIME does: {@code NodeModel.loadSettingsFrom} (validate, then load), {@code configureModel},
 * {@code executeModel} after a configure with the inputs' specs, {@code resetModel}; its settings are saved to a
 * {@link NodeSettings} named "model", as in a workflow's settings.xml. Created from a factory, it fails when KNIME would
 * log a coding problem for the factory's description ({@code NodeFactory.checkConsistency}).
 */
public final class NodeDriver {
    private final NodeModel model;

    public NodeDriver(NodeFactory<?> factory) {
        this.model = factory.createNodeModel();
        List<String> problems = factory.checkConsistency(model);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(factory.getClass().getSimpleName() + ": " + problems);
        }
    }

    public NodeModel model() {
        return model;
    }

    public NodeSettings saveSettings() {
        NodeSettings s = new NodeSettings("model");
        model.saveSettingsTo(s);
        return s;
    }

    public void loadSettings(NodeSettingsRO settings) throws InvalidSettingsException {
        model.loadSettingsFrom(settings);
    }

    public PortObjectSpec[] configure(PortObjectSpec... inSpecs) throws InvalidSettingsException {
        return model.configureModel(inSpecs);
    }

    public PortObject[] execute(ExecutionContext exec, PortObject... inputs) throws Exception {
        PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = inputs[i] == null ? null : inputs[i].getSpec();
        }
        configure(specs);
        return model.executeModel(inputs, exec);
    }

    /** The warning the node shows, or null. */
    public String warning() {
        return model.getWarningMessage();
    }

    public void reset() {
        model.resetModel();
    }

    public int inPorts() {
        return model.getNrInPorts();
    }

    public int outPorts() {
        return model.getNrOutPorts();
    }

    public org.knime.core.node.port.PortType inPortType(int i) {
        return model.getInPortType(i);
    }

    public org.knime.core.node.port.PortType outPortType(int i) {
        return model.getOutPortType(i);
    }
}
