package org.lnet.knime.boundevaluator;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the BoundEvaluator node: model and dialog. The description is BoundEvaluatorNodeFactory.xml, generated from the node layer. */
public final class BoundEvaluatorNodeFactory extends LnetNodeFactory<BoundEvaluatorNodeModel> {

    @Override
    public BoundEvaluatorNodeModel createNodeModel() {
        return new BoundEvaluatorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new BoundEvaluatorNodeDialog();
    }
}
