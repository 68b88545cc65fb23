package org.lnet.knime.tabletonetwork;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the TableToNetwork node: model, dialog, no views. The description is TableToNetworkNodeFactory.xml, generated from the node layer. */
public final class TableToNetworkNodeFactory extends NodeFactory<TableToNetworkNodeModel> {

    @Override
    public TableToNetworkNodeModel createNodeModel() {
        return new TableToNetworkNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<TableToNetworkNodeModel> createNodeView(int viewIndex, TableToNetworkNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new TableToNetworkNodeDialog();
    }
}
