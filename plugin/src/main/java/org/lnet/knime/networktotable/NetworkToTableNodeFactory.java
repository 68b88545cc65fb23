package org.lnet.knime.networktotable;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the NetworkToTable node: model, dialog, no views. The description is NetworkToTableNodeFactory.xml, generated from the node layer. */
public final class NetworkToTableNodeFactory extends NodeFactory<NetworkToTableNodeModel> {

    @Override
    public NetworkToTableNodeModel createNodeModel() {
        return new NetworkToTableNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<NetworkToTableNodeModel> createNodeView(int viewIndex, NetworkToTableNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new NetworkToTableNodeDialog();
    }
}
