package org.lnet.knime.widenetworktrainer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the WideNetworkTrainer node: model, dialog, no views. The description is WideNetworkTrainerNodeFactory.xml, generated from the node layer. */
public final class WideNetworkTrainerNodeFactory extends NodeFactory<WideNetworkTrainerNodeModel> {

    @Override
    public WideNetworkTrainerNodeModel createNodeModel() {
        return new WideNetworkTrainerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<WideNetworkTrainerNodeModel> createNodeView(int viewIndex, WideNetworkTrainerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new WideNetworkTrainerNodeDialog();
    }
}
