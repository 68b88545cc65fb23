package org.lnet.weka.steps;

import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.BalancedInitializerNode;
import org.lnet.weka.LnetStep;
import weka.knowledgeflow.steps.KFStep;

/** KnowledgeFlow step of the node layer's {@link BalancedInitializerNode}; its settings as bean properties. */
@KFStep(name = "Balanced Initializer", category = Nodes.CATEGORY,
    toolTipText = "Balanced initialization U V^T = Θ0 with zero imbalance (paper, Section 4).",
    iconPath = "org/lnet/weka/icons/BalancedInitializer.png")
public class BalancedInitializerStep extends LnetStep<BalancedInitializerNode.Settings> {

    private static final long serialVersionUID = 1L;

    public BalancedInitializerStep() {
        super("BalancedInitializer");
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

    public String getWidth() {
        return text("width");
    }

    public void setWidth(String value) {
        setText("width", value);
    }

    public boolean getImplicitWidth() {
        return flag("implicitWidth");
    }

    public void setImplicitWidth(boolean value) {
        setFlag("implicitWidth", value);
    }

    public String getSeed() {
        return text("seed");
    }

    public void setSeed(String value) {
        setText("seed", value);
    }
}
