package org.lnet.weka.steps;

import java.awt.image.BufferedImage;
import org.lnet.charts.Charts;
import org.lnet.charts.NodeCharts;
import org.lnet.node.NodeResult;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.WideNetworkTrainerNode;
import org.lnet.node.table.Table;
import org.lnet.weka.LnetStep;
import weka.knowledgeflow.steps.KFStep;

/**
 * KnowledgeFlow step of the node layer's {@link WideNetworkTrainerNode}; its settings as bean properties. Also draws
 * the trajectory ({@link NodeCharts#wideNetworkTrajectory}) on an {@code image} connection. The node's optional
 * test-point table is not offered: a step cannot tell two {@code dataSet} connections apart.
 */
@KFStep(name = "Wide Network Trainer", category = Nodes.CATEGORY,
    toolTipText = "Trains a wide nonlinear network by gradient descent and measures its distance to the min-norm "
        + "solution of its linearization.",
    iconPath = "org/lnet/weka/icons/WideNetworkTrainer.png")
public class WideNetworkTrainerStep extends LnetStep<WideNetworkTrainerNode.Settings> {

    private static final long serialVersionUID = 1L;

    public WideNetworkTrainerStep() {
        super("WideNetworkTrainer");
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

    public String getActivation() {
        return text("activation");
    }

    public void setActivation(String value) {
        setText("activation", value);
    }

    public String getInit() {
        return text("init");
    }

    public void setInit(String value) {
        setText("init", value);
    }

    public String getSeed() {
        return text("seed");
    }

    public void setSeed(String value) {
        setText("seed", value);
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

    public String getRecords() {
        return text("records");
    }

    public void setRecords(String value) {
        setText("records", value);
    }

    @Override
    protected boolean producesImage() {
        return true;
    }

    @Override
    protected String imageDescription() {
        return "the trajectory: loss, relative distance ||W(t) - W_lin||_F / ||W_lin - W(0)||_F and the RMS distance "
            + "of the predictions to the linearized model's on the training points, against the step, log scale.";
    }

    @Override
    protected BufferedImage image(WideNetworkTrainerNode.Settings settings, NodeResult result) {
        String title = getName() + ": " + settings.get(WideNetworkTrainerNode.ACTIVATION).key() + ", h = "
            + settings.get(WideNetworkTrainerNode.WIDTH) + ", " + settings.get(WideNetworkTrainerNode.INIT).key()
            + " initialization, " + settings.get(WideNetworkTrainerNode.LOSS).key() + " loss";
        return Charts.image(NodeCharts.wideNetworkTrajectory((Table) result.output(0), title), Charts.WIDTH,
            Charts.HEIGHT);
    }
}
