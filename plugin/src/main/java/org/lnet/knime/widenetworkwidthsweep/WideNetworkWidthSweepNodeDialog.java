package org.lnet.knime.widenetworkwidthsweep;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.WideNetworkWidthSweepNode;

/** Dialog of the WideNetworkWidthSweep node, built from the parameters of {@link WideNetworkWidthSweepNode}. */
final class WideNetworkWidthSweepNodeDialog extends LnetNodeDialog {

    WideNetworkWidthSweepNodeDialog() {
        super(new WideNetworkWidthSweepNode());
    }
}
