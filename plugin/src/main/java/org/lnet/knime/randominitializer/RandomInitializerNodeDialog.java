package org.lnet.knime.randominitializer;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.RandomInitializerNode;

/** Dialog of the RandomInitializer node, built from the parameters of {@link RandomInitializerNode}. */
final class RandomInitializerNodeDialog extends LnetNodeDialog {

    RandomInitializerNodeDialog() {
        super(new RandomInitializerNode());
    }
}
