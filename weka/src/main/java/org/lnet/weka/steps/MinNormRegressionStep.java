package org.lnet.weka.steps;

import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.MinNormRegressionNode;
import org.lnet.weka.LnetStep;
import weka.knowledgeflow.steps.KFStep;

/** KnowledgeFlow step of the node layer's {@link MinNormRegressionNode}; its settings as bean properties. */
@KFStep(name = "Min-Norm Regression", category = Nodes.CATEGORY,
    toolTipText = "Closed-form minimum-norm least-squares solution Θ̂ = X^+ Y.",
    iconPath = "org/lnet/weka/icons/MinNormRegression.png")
public class MinNormRegressionStep extends LnetStep<MinNormRegressionNode.Settings> {

    private static final long serialVersionUID = 1L;

    public MinNormRegressionStep() {
        super("MinNormRegression");
    }

    public String getInputColumns() {
        return text("inputColumns");
    }

    public void setInputColumns(String value) {
        setText("inputColumns", value);
    }

    public String getTargetColumns() {
        return text("targetColumns");
    }

    public void setTargetColumns(String value) {
        setText("targetColumns", value);
    }

    public String getRcond() {
        return text("rcond");
    }

    public void setRcond(String value) {
        setText("rcond", value);
    }
}
