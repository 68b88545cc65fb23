package org.lnet.knime.gradientflowtrainer;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.GradientFlowTrainerNode;

/** Dialog of the GradientFlowTrainer node, built from the parameters of {@link GradientFlowTrainerNode}. */
final class GradientFlowTrainerNodeDialog extends LnetNodeDialog {

    GradientFlowTrainerNodeDialog() {
        super(new GradientFlowTrainerNode());
    }
}
