package org.lnet.knime.widenetworkwidthsweep;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.WideNetworkWidthSweepNode;

/** KNIME model of the node-layer {@link WideNetworkWidthSweepNode}. */
public final class WideNetworkWidthSweepNodeModel extends LnetNodeModel<WideNetworkWidthSweepNode.Settings> {

    WideNetworkWidthSweepNodeModel() {
        super(new WideNetworkWidthSweepNode());
    }
}
