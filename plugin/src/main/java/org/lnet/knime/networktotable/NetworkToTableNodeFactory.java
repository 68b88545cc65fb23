package org.lnet.knime.networktotable;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the NetworkToTable node: model and dialog. The description is NetworkToTableNodeFactory.xml, generated from the node layer. */
public final class NetworkToTableNodeFactory extends LnetNodeFactory<NetworkToTableNodeModel> {

    @Override
    public NetworkToTableNodeModel createNodeModel() {
        return new NetworkToTableNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new NetworkToTableNodeDialog();
    }
}
