package org.lnet.knime.gradientflowtrainer;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.GradientFlowTrainerNode;

/**
 * Registers the node layer's {@link GradientFlowTrainerNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the GradientFlowTrainerNodeFactory.xml generated beside it.
 */
public final class GradientFlowTrainerNodeFactory extends LnetNodeFactory {

    public GradientFlowTrainerNodeFactory() {
        super(GradientFlowTrainerNode::new);
    }
}
