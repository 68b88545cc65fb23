package org.lnet.knime.minnormregression;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the MinNormRegression node: model and dialog. The description is MinNormRegressionNodeFactory.xml, generated from the node layer. */
public final class MinNormRegressionNodeFactory extends LnetNodeFactory<MinNormRegressionNodeModel> {

    @Override
    public MinNormRegressionNodeModel createNodeModel() {
        return new MinNormRegressionNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new MinNormRegressionNodeDialog();
    }
}
