package org.lnet.knime.tabletonetwork;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.TableToNetworkNode;

/** Dialog of the TableToNetwork node, built from the parameters of {@link TableToNetworkNode}. */
final class TableToNetworkNodeDialog extends LnetNodeDialog {

    TableToNetworkNodeDialog() {
        super(new TableToNetworkNode());
    }
}
