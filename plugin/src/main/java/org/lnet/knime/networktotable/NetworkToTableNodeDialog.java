package org.lnet.knime.networktotable;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.NetworkToTableNode;

/** Dialog of the NetworkToTable node, built from the parameters of {@link NetworkToTableNode}. */
final class NetworkToTableNodeDialog extends LnetNodeDialog {

    NetworkToTableNodeDialog() {
        super(new NetworkToTableNode());
    }
}
