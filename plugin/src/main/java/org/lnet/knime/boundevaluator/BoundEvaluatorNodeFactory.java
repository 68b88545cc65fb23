package org.lnet.knime.boundevaluator;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.BoundEvaluatorNode;

/**
 * Registers the node layer's {@link BoundEvaluatorNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the BoundEvaluatorNodeFactory.xml generated beside it.
 */
public final class BoundEvaluatorNodeFactory extends LnetNodeFactory {

    public BoundEvaluatorNodeFactory() {
        super(BoundEvaluatorNode::new);
    }
}
