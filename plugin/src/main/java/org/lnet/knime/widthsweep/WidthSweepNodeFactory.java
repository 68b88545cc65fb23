package org.lnet.knime.widthsweep;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the WidthSweep node: model, dialog, no views. The description is WidthSweepNodeFactory.xml, generated from the node layer. */
public final class WidthSweepNodeFactory extends NodeFactory<WidthSweepNodeModel> {

    @Override
    public WidthSweepNodeModel createNodeModel() {
        return new WidthSweepNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<WidthSweepNodeModel> createNodeView(int viewIndex, WidthSweepNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new WidthSweepNodeDialog();
    }
}
