package org.lnet.weka.steps;

import java.awt.image.BufferedImage;
import org.lnet.charts.Charts;
import org.lnet.charts.NodeCharts;
import org.lnet.node.NodeResult;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.WidthSweepNode;
import org.lnet.node.table.Table;
import org.lnet.weka.LnetStep;
import weka.knowledgeflow.steps.KFStep;

/**
 * KnowledgeFlow step of the node layer's {@link WidthSweepNode}; its settings as bean properties. Also draws the
 * paper's Figure 1 of the sweep ({@link NodeCharts#widthSweep}) on an {@code image} connection.
 */
@KFStep(name = "Width Sweep", category = Nodes.CATEGORY,
    toolTipText = "Runs the paper's Figure 1 experiment: distance to the min-norm solution against the width h.",
    iconPath = "org/lnet/weka/icons/WidthSweep.png")
public class WidthSweepStep extends LnetStep<WidthSweepNode.Settings> {

    private static final long serialVersionUID = 1L;

    public WidthSweepStep() {
        super("WidthSweep");
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

    public String getWidths() {
        return text("widths");
    }

    public void setWidths(String value) {
        setText("widths", value);
    }

    public String getSeeds() {
        return text("seeds");
    }

    public void setSeeds(String value) {
        setText("seeds", value);
    }

    public String getMode() {
        return text("mode");
    }

    public void setMode(String value) {
        setText("mode", value);
    }

    public String getAlpha() {
        return text("alpha");
    }

    public void setAlpha(String value) {
        setText("alpha", value);
    }

    public String getMethod() {
        return text("method");
    }

    public void setMethod(String value) {
        setText("method", value);
    }

    public String getLr() {
        return text("lr");
    }

    public void setLr(String value) {
        setText("lr", value);
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

    public String getSteps() {
        return text("steps");
    }

    public void setSteps(String value) {
        setText("steps", value);
    }

    public String getSeed() {
        return text("seed");
    }

    public void setSeed(String value) {
        setText("seed", value);
    }

    public String getDelta() {
        return text("delta");
    }

    public void setDelta(String value) {
        setText("delta", value);
    }

    public String getThreads() {
        return text("threads");
    }

    public void setThreads(String value) {
        setText("threads", value);
    }

    @Override
    protected boolean producesImage() {
        return true;
    }

    @Override
    protected String imageDescription() {
        return "the paper's Figure 1: distance to Θ̂ against the width, log-log, with the fitted slope.";
    }

    @Override
    protected BufferedImage image(WidthSweepNode.Settings settings, NodeResult result) {
        return Charts.image(NodeCharts.widthSweep((Table) result.output(0), settings), Charts.WIDTH, Charts.HEIGHT);
    }
}
