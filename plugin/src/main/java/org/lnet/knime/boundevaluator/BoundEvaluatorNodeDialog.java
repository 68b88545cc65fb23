package org.lnet.knime.boundevaluator;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.BoundEvaluatorNode;

/** Dialog of the BoundEvaluator node, built from the parameters of {@link BoundEvaluatorNode}. */
final class BoundEvaluatorNodeDialog extends LnetNodeDialog {

    BoundEvaluatorNodeDialog() {
        super(new BoundEvaluatorNode());
    }
}
