package org.lnet.knime.gradientflowtrainer;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.GradientFlowTrainerNode;

/** KNIME model of the node-layer {@link GradientFlowTrainerNode}. */
public final class GradientFlowTrainerNodeModel extends LnetNodeModel<GradientFlowTrainerNode.Settings> {

    GradientFlowTrainerNodeModel() {
        super(new GradientFlowTrainerNode());
    }
}
