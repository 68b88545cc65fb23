package org.lnet.knime.randominitializer;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.RandomInitializerNode;

/** KNIME model of the node-layer {@link RandomInitializerNode}. */
public final class RandomInitializerNodeModel extends LnetNodeModel<RandomInitializerNode.Settings> {

    RandomInitializerNodeModel() {
        super(new RandomInitializerNode());
    }
}
