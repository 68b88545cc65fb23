package org.lnet.knime.minnormregression;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the MinNormRegression node: model, dialog, no views. The description is MinNormRegressionNodeFactory.xml, generated from the node layer. */
public final class MinNormRegressionNodeFactory extends NodeFactory<MinNormRegressionNodeModel> {

    @Override
    public MinNormRegressionNodeModel createNodeModel() {
        return new MinNormRegressionNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<MinNormRegressionNodeModel> createNodeView(int viewIndex, MinNormRegressionNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new MinNormRegressionNodeDialog();
    }
}
