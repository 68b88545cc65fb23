package org.lnet.knime.balancedinitializer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the BalancedInitializer node: model, dialog, no views. The description is BalancedInitializerNodeFactory.xml, generated from the node layer. */
public final class BalancedInitializerNodeFactory extends NodeFactory<BalancedInitializerNodeModel> {

    @Override
    public BalancedInitializerNodeModel createNodeModel() {
        return new BalancedInitializerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<BalancedInitializerNodeModel> createNodeView(int viewIndex, BalancedInitializerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new BalancedInitializerNodeDialog();
    }
}
