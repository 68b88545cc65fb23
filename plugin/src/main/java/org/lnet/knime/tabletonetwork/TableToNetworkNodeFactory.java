package org.lnet.knime.tabletonetwork;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.TableToNetworkNode;

/**
 * Registers the node layer's {@link TableToNetworkNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the TableToNetworkNodeFactory.xml generated beside it.
 */
public final class TableToNetworkNodeFactory extends LnetNodeFactory {

    public TableToNetworkNodeFactory() {
        super(TableToNetworkNode::new);
    }
}
