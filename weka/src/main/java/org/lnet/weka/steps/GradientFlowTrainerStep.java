package org.lnet.weka.steps;

import java.awt.image.BufferedImage;
import org.lnet.charts.Charts;
import org.lnet.charts.NodeCharts;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.node.NodeResult;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.GradientFlowTrainerNode;
import org.lnet.node.table.Table;
import org.lnet.weka.LnetStep;
import weka.knowledgeflow.steps.KFStep;

/**
 * KnowledgeFlow step of the node layer's {@link GradientFlowTrainerNode}; its settings as bean properties. Also draws
 * the trajectory ({@link NodeCharts#trajectory}) on an {@code image} connection.
 */
@KFStep(name = "Gradient Flow Trainer", category = Nodes.CATEGORY,
    toolTipText = "Trains a linear network by gradient flow or gradient descent and records its trajectory.",
    iconPath = "org/lnet/weka/icons/GradientFlowTrainer.png")
public class GradientFlowTrainerStep extends LnetStep<GradientFlowTrainerNode.Settings> {

    private static final long serialVersionUID = 1L;

    public GradientFlowTrainerStep() {
        super("GradientFlowTrainer");
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

    public String getMethod() {
        return text("method");
    }

    public void setMethod(String value) {
        setText("method", value);
    }

    public String getTime() {
        return text("time");
    }

    public void setTime(String value) {
        setText("time", value);
    }

    public String getLr() {
        return text("lr");
    }

    public void setLr(String value) {
        setText("lr", value);
    }

    public String getSteps() {
        return text("steps");
    }

    public void setSteps(String value) {
        setText("steps", value);
    }

    public String getTol() {
        return text("tol");
    }

    public void setTol(String value) {
        setText("tol", value);
    }

    public String getLoss() {
        return text("loss");
    }

    public void setLoss(String value) {
        setText("loss", value);
    }

    public String getRtol() {
        return text("rtol");
    }

    public void setRtol(String value) {
        setText("rtol", value);
    }

    public String getAtol() {
        return text("atol");
    }

    public void setAtol(String value) {
        setText("atol", value);
    }

    public String getRecords() {
        return text("records");
    }

    public void setRecords(String value) {
        setText("records", value);
    }

    public String getRcond() {
        return text("rcond");
    }

    public void setRcond(String value) {
        setText("rcond", value);
    }

    @Override
    protected boolean producesImage() {
        return true;
    }

    @Override
    protected String imageDescription() {
        return "the trajectory: L(t) - L*, its Theorem 1 bound and the distance ||U V^T - Θ̂||_F against t, log scale.";
    }

    @Override
    protected BufferedImage image(GradientFlowTrainerNode.Settings settings, NodeResult result) {
        String title = getName() + ": " + (settings.get(GradientFlowTrainerNode.METHOD) == TrainingOptions.Method.FLOW
            ? "gradient flow" : "gradient descent") + ", " + settings.get(GradientFlowTrainerNode.LOSS).key() + " loss";
        return Charts.image(NodeCharts.trajectory((Table) result.output(1), title), Charts.WIDTH, Charts.HEIGHT);
    }
}
