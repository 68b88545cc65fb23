package org.lnet.knime.linearnetworkpredictor;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.PredictorNode;

/**
 * Registers the node layer's {@link PredictorNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the LinearNetworkPredictorNodeFactory.xml generated beside it.
 */
public final class LinearNetworkPredictorNodeFactory extends LnetNodeFactory {

    public LinearNetworkPredictorNodeFactory() {
        super(PredictorNode::new);
    }
}
