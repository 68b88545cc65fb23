package org.lnet.knime.balancedinitializer;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.BalancedInitializerNode;

/**
 * Registers the node layer's {@link BalancedInitializerNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the BalancedInitializerNodeFactory.xml generated beside it.
 */
public final class BalancedInitializerNodeFactory extends LnetNodeFactory {

    public BalancedInitializerNodeFactory() {
        super(BalancedInitializerNode::new);
    }
}
