package org.lnet.knime.gradientflowtrainer;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the GradientFlowTrainer node: model and dialog. The description is GradientFlowTrainerNodeFactory.xml, generated from the node layer. */
public final class GradientFlowTrainerNodeFactory extends LnetNodeFactory<GradientFlowTrainerNodeModel> {

    @Override
    public GradientFlowTrainerNodeModel createNodeModel() {
        return new GradientFlowTrainerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new GradientFlowTrainerNodeDialog();
    }
}
