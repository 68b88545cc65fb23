package org.lnet.knime.tabletonetwork;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the TableToNetwork node: model and dialog. The description is TableToNetworkNodeFactory.xml, generated from the node layer. */
public final class TableToNetworkNodeFactory extends LnetNodeFactory<TableToNetworkNodeModel> {

    @Override
    public TableToNetworkNodeModel createNodeModel() {
        return new TableToNetworkNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new TableToNetworkNodeDialog();
    }
}
