package org.lnet.knime.widenetworkwidthsweep;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the WideNetworkWidthSweep node: model and dialog. The description is WideNetworkWidthSweepNodeFactory.xml, generated from the node layer. */
public final class WideNetworkWidthSweepNodeFactory extends LnetNodeFactory<WideNetworkWidthSweepNodeModel> {

    @Override
    public WideNetworkWidthSweepNodeModel createNodeModel() {
        return new WideNetworkWidthSweepNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new WideNetworkWidthSweepNodeDialog();
    }
}
