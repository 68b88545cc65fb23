package org.lnet.knime.linearnetworkpredictor;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the LinearNetworkPredictor node: model, dialog, no views. The description is LinearNetworkPredictorNodeFactory.xml, generated from the node layer. */
public final class LinearNetworkPredictorNodeFactory extends NodeFactory<LinearNetworkPredictorNodeModel> {

    @Override
    public LinearNetworkPredictorNodeModel createNodeModel() {
        return new LinearNetworkPredictorNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<LinearNetworkPredictorNodeModel> createNodeView(int viewIndex, LinearNetworkPredictorNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LinearNetworkPredictorNodeDialog();
    }
}
