package org.lnet.knime.balancedinitializer;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.BalancedInitializerNode;

/** KNIME model of the node-layer {@link BalancedInitializerNode}. */
public final class BalancedInitializerNodeModel extends LnetNodeModel<BalancedInitializerNode.Settings> {

    BalancedInitializerNodeModel() {
        super(new BalancedInitializerNode());
    }
}
