package org.lnet.weka.steps;

import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.BoundEvaluatorNode;
import org.lnet.weka.LnetStep;
import weka.knowledgeflow.steps.KFStep;

/** KnowledgeFlow step of the node layer's {@link BoundEvaluatorNode}; its settings as bean properties. */
@KFStep(name = "Bound Evaluator", category = Nodes.CATEGORY,
    toolTipText = "Evaluates Theorem 1, Lemma 1 and Theorem 2 of the paper for an initial network.",
    iconPath = "org/lnet/weka/icons/BoundEvaluator.png")
public class BoundEvaluatorStep extends LnetStep<BoundEvaluatorNode.Settings> {

    private static final long serialVersionUID = 1L;

    public BoundEvaluatorStep() {
        super("BoundEvaluator");
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

    public String getAlpha() {
        return text("alpha");
    }

    public void setAlpha(String value) {
        setText("alpha", value);
    }

    public String getDelta() {
        return text("delta");
    }

    public void setDelta(String value) {
        setText("delta", value);
    }

    public String getRcond() {
        return text("rcond");
    }

    public void setRcond(String value) {
        setText("rcond", value);
    }
}
