package org.lnet.knime.minnormregression;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.MinNormRegressionNode;

/**
 * Registers the node layer's {@link MinNormRegressionNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the MinNormRegressionNodeFactory.xml generated beside it.
 */
public final class MinNormRegressionNodeFactory extends LnetNodeFactory {

    public MinNormRegressionNodeFactory() {
        super(MinNormRegressionNode::new);
    }
}
