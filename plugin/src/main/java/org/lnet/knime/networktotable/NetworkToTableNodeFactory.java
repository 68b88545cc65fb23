package org.lnet.knime.networktotable;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.NetworkToTableNode;

/**
 * Registers the node layer's {@link NetworkToTableNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the NetworkToTableNodeFactory.xml generated beside it.
 */
public final class NetworkToTableNodeFactory extends LnetNodeFactory {

    public NetworkToTableNodeFactory() {
        super(NetworkToTableNode::new);
    }
}
