package org.lnet.knime.minnormregression;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.MinNormRegressionNode;

/** Dialog of the MinNormRegression node, built from the parameters of {@link MinNormRegressionNode}. */
final class MinNormRegressionNodeDialog extends LnetNodeDialog {

    MinNormRegressionNodeDialog() {
        super(new MinNormRegressionNode());
    }
}
