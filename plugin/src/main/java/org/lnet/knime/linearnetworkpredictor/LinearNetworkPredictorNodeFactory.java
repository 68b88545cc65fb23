package org.lnet.knime.linearnetworkpredictor;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the LinearNetworkPredictor node: model and dialog. The description is LinearNetworkPredictorNodeFactory.xml, generated from the node layer. */
public final class LinearNetworkPredictorNodeFactory extends LnetNodeFactory<LinearNetworkPredictorNodeModel> {

    @Override
    public LinearNetworkPredictorNodeModel createNodeModel() {
        return new LinearNetworkPredictorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LinearNetworkPredictorNodeDialog();
    }
}
