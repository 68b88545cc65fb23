package org.lnet.weka.steps;

import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.PredictorNode;
import org.lnet.weka.LnetStep;
import weka.knowledgeflow.steps.KFStep;

/** KnowledgeFlow step of the node layer's {@link PredictorNode}; its settings as bean properties. */
@KFStep(name = "Linear Network Predictor", category = Nodes.CATEGORY,
    toolTipText = "Appends the predictions Θ^T x of a linear network.",
    iconPath = "org/lnet/weka/icons/LinearNetworkPredictor.png")
public class LinearNetworkPredictorStep extends LnetStep<PredictorNode.Settings> {

    private static final long serialVersionUID = 1L;

    public LinearNetworkPredictorStep() {
        super("LinearNetworkPredictor");
    }

    public String getInputColumns() {
        return text("inputColumns");
    }

    public void setInputColumns(String value) {
        setText("inputColumns", value);
    }
}
