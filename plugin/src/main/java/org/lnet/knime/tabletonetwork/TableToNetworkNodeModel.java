package org.lnet.knime.tabletonetwork;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.TableToNetworkNode;

/** KNIME model of the node-layer {@link TableToNetworkNode}. */
public final class TableToNetworkNodeModel extends LnetNodeModel<TableToNetworkNode.Settings> {

    TableToNetworkNodeModel() {
        super(new TableToNetworkNode());
    }
}
