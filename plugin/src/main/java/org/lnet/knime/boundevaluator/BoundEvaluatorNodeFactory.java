package org.lnet.knime.boundevaluator;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the BoundEvaluator node: model, dialog, no views. The description is BoundEvaluatorNodeFactory.xml, generated from the node layer. */
public final class BoundEvaluatorNodeFactory extends NodeFactory<BoundEvaluatorNodeModel> {

    @Override
    public BoundEvaluatorNodeModel createNodeModel() {
        return new BoundEvaluatorNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<BoundEvaluatorNodeModel> createNodeView(int viewIndex, BoundEvaluatorNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new BoundEvaluatorNodeDialog();
    }
}
