package org.lnet.weka.steps;

import java.awt.image.BufferedImage;
import org.lnet.charts.Charts;
import org.lnet.charts.NodeCharts;
import org.lnet.engine.ntk.NtkData;
import org.lnet.node.NodeResult;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.nodes.WideNetworkWidthSweepNode;
import org.lnet.node.table.Table;
import org.lnet.weka.LnetStep;
import weka.knowledgeflow.steps.KFStep;

/**
 * KnowledgeFlow step of the node layer's {@link WideNetworkWidthSweepNode}; its settings as bean properties. Also
 * draws the command line's ntk-sweep chart of the runs ({@link NodeCharts#wideNetworkSweep}) on an {@code image}
 * connection. Without an incoming data set it is a start point on the built-in data; the node's optional test-point
 * table is not offered (a step cannot tell two {@code dataSet} connections apart).
 */
@KFStep(name = "Wide Network Width Sweep", category = Nodes.CATEGORY,
    toolTipText = "Runs the Wide Network Trainer for several widths: distance to the linearized min-norm solution "
        + "against h.",
    iconPath = "org/lnet/weka/icons/WideNetworkWidthSweep.png")
public class WideNetworkWidthSweepStep extends LnetStep<WideNetworkWidthSweepNode.Settings> {

    private static final long serialVersionUID = 1L;

    public WideNetworkWidthSweepStep() {
        super("WideNetworkWidthSweep");
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
        return "relative distances to the linearized min-norm solution against the width, log-log, with their fitted "
            + "power laws (the chart of lnet ntk-sweep).";
    }

    @Override
    protected BufferedImage image(WideNetworkWidthSweepNode.Settings settings, NodeResult result) {
        // a data set on the connection has no test points in Weka; the built-in data have their own
        boolean builtIn = getStepManager().numIncomingConnections() == 0;
        String data = builtIn ? NtkData.sphere(WideNetworkWidthSweepNode.SYNTHETIC_SAMPLES,
            WideNetworkWidthSweepNode.SYNTHETIC_DIM, 0, WideNetworkWidthSweepNode.SYNTHETIC_SEED).description()
            + ", " + WideNetworkWidthSweepNode.SYNTHETIC_TEST_POINTS + " test points" : "the incoming data set";
        return Charts.image(NodeCharts.wideNetworkSweep((Table) result.output(0), settings.sweep(), data,
            builtIn ? WideNetworkWidthSweepNode.SYNTHETIC_TEST_POINTS : 0), Charts.WIDTH, Charts.HEIGHT);
    }
}
