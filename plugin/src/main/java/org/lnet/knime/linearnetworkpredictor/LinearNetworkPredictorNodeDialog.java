package org.lnet.knime.linearnetworkpredictor;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.PredictorNode;

/** Dialog of the LinearNetworkPredictor node, built from the parameters of {@link PredictorNode}. */
final class LinearNetworkPredictorNodeDialog extends LnetNodeDialog {

    LinearNetworkPredictorNodeDialog() {
        super(new PredictorNode());
    }
}
