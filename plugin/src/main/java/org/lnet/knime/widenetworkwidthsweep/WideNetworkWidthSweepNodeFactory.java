package org.lnet.knime.widenetworkwidthsweep;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the WideNetworkWidthSweep node: model, dialog, no views. The description is WideNetworkWidthSweepNodeFactory.xml, generated from the node layer. */
public final class WideNetworkWidthSweepNodeFactory extends NodeFactory<WideNetworkWidthSweepNodeModel> {

    @Override
    public WideNetworkWidthSweepNodeModel createNodeModel() {
        return new WideNetworkWidthSweepNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<WideNetworkWidthSweepNodeModel> createNodeView(int viewIndex, WideNetworkWidthSweepNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new WideNetworkWidthSweepNodeDialog();
    }
}
