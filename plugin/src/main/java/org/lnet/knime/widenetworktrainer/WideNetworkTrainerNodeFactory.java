package org.lnet.knime.widenetworktrainer;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.WideNetworkTrainerNode;

/**
 * Registers the node layer's {@link WideNetworkTrainerNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the WideNetworkTrainerNodeFactory.xml generated beside it.
 */
public final class WideNetworkTrainerNodeFactory extends LnetNodeFactory {

    public WideNetworkTrainerNodeFactory() {
        super(WideNetworkTrainerNode::new);
    }
}
