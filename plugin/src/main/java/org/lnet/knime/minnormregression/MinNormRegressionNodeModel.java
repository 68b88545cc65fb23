package org.lnet.knime.minnormregression;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.MinNormRegressionNode;

/** KNIME model of the node-layer {@link MinNormRegressionNode}. */
public final class MinNormRegressionNodeModel extends LnetNodeModel<MinNormRegressionNode.Settings> {

    MinNormRegressionNodeModel() {
        super(new MinNormRegressionNode());
    }
}
