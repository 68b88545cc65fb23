package org.lnet.weka.steps;

import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.RandomInitializerNode;
import org.lnet.weka.LnetStep;
import weka.knowledgeflow.steps.KFStep;

/** KnowledgeFlow step of the node layer's {@link RandomInitializerNode}; its settings as bean properties. */
@KFStep(name = "Random Initializer", category = Nodes.CATEGORY,
    toolTipText = "Draws a linear network x -> Θ^T x, Θ = U V^T, with Gaussian N(0, h^(-2α)) weights.",
    iconPath = "org/lnet/weka/icons/RandomInitializer.png")
public class RandomInitializerStep extends LnetStep<RandomInitializerNode.Settings> {

    private static final long serialVersionUID = 1L;

    public RandomInitializerStep() {
        super("RandomInitializer");
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

    public String getInputs() {
        return text("inputs");
    }

    public void setInputs(String value) {
        setText("inputs", value);
    }

    public String getOutputs() {
        return text("outputs");
    }

    public void setOutputs(String value) {
        setText("outputs", value);
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

    public String getAlpha() {
        return text("alpha");
    }

    public void setAlpha(String value) {
        setText("alpha", value);
    }

    public String getSigmaU() {
        return text("sigmaU");
    }

    public void setSigmaU(String value) {
        setText("sigmaU", value);
    }

    public String getSigmaV() {
        return text("sigmaV");
    }

    public void setSigmaV(String value) {
        setText("sigmaV", value);
    }

    public String getSeed() {
        return text("seed");
    }

    public void setSeed(String value) {
        setText("seed", value);
    }

    public boolean getInvariantSet() {
        return flag("invariantSet");
    }

    public void setInvariantSet(boolean value) {
        setFlag("invariantSet", value);
    }
}
