package org.lnet.knime.randominitializer;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.RandomInitializerNode;

/**
 * Registers the node layer's {@link RandomInitializerNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the RandomInitializerNodeFactory.xml generated beside it.
 */
public final class RandomInitializerNodeFactory extends LnetNodeFactory {

    public RandomInitializerNodeFactory() {
        super(RandomInitializerNode::new);
    }
}
