package org.lnet.knime.networktotable;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.NetworkToTableNode;

/** KNIME model of the node-layer {@link NetworkToTableNode}. */
public final class NetworkToTableNodeModel extends LnetNodeModel<NetworkToTableNode.Settings> {

    NetworkToTableNodeModel() {
        super(new NetworkToTableNode());
    }
}
