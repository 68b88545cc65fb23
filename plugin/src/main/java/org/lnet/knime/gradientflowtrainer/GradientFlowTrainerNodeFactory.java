package org.lnet.knime.gradientflowtrainer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the GradientFlowTrainer node: model, dialog, no views. The description is GradientFlowTrainerNodeFactory.xml, generated from the node layer. */
public final class GradientFlowTrainerNodeFactory extends NodeFactory<GradientFlowTrainerNodeModel> {

    @Override
    public GradientFlowTrainerNodeModel createNodeModel() {
        return new GradientFlowTrainerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<GradientFlowTrainerNodeModel> createNodeView(int viewIndex, GradientFlowTrainerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new GradientFlowTrainerNodeDialog();
    }
}
