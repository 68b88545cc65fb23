package org.lnet.knime.widenetworktrainer;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the WideNetworkTrainer node: model and dialog. The description is WideNetworkTrainerNodeFactory.xml, generated from the node layer. */
public final class WideNetworkTrainerNodeFactory extends LnetNodeFactory<WideNetworkTrainerNodeModel> {

    @Override
    public WideNetworkTrainerNodeModel createNodeModel() {
        return new WideNetworkTrainerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new WideNetworkTrainerNodeDialog();
    }
}
