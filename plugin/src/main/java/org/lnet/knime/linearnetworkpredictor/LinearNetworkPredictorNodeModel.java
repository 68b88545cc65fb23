package org.lnet.knime.linearnetworkpredictor;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.PredictorNode;

/** KNIME model of the node-layer {@link PredictorNode}. */
public final class LinearNetworkPredictorNodeModel extends LnetNodeModel<PredictorNode.Settings> {

    LinearNetworkPredictorNodeModel() {
        super(new PredictorNode());
    }
}
