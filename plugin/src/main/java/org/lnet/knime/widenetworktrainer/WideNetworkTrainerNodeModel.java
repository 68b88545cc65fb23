package org.lnet.knime.widenetworktrainer;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.WideNetworkTrainerNode;

/** KNIME model of the node-layer {@link WideNetworkTrainerNode}. */
public final class WideNetworkTrainerNodeModel extends LnetNodeModel<WideNetworkTrainerNode.Settings> {

    WideNetworkTrainerNodeModel() {
        super(new WideNetworkTrainerNode());
    }
}
