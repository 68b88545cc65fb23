package org.lnet.knime.widenetworkwidthsweep;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.WideNetworkWidthSweepNode;

/**
 * Registers the node layer's {@link WideNetworkWidthSweepNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the WideNetworkWidthSweepNodeFactory.xml generated beside it.
 */
public final class WideNetworkWidthSweepNodeFactory extends LnetNodeFactory {

    public WideNetworkWidthSweepNodeFactory() {
        super(WideNetworkWidthSweepNode::new);
    }
}
