package org.lnet.knime.balancedinitializer;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.BalancedInitializerNode;

/** Dialog of the BalancedInitializer node, built from the parameters of {@link BalancedInitializerNode}. */
final class BalancedInitializerNodeDialog extends LnetNodeDialog {

    BalancedInitializerNodeDialog() {
        super(new BalancedInitializerNode());
    }
}
