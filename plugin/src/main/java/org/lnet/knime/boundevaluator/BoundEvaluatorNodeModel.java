package org.lnet.knime.boundevaluator;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.BoundEvaluatorNode;

/** KNIME model of the node-layer {@link BoundEvaluatorNode}. */
public final class BoundEvaluatorNodeModel extends LnetNodeModel<BoundEvaluatorNode.Settings> {

    BoundEvaluatorNodeModel() {
        super(new BoundEvaluatorNode());
    }
}
