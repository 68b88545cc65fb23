package org.lnet.weka;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.lnet.charts.Charts;
import org.lnet.charts.NodeCharts;
import org.lnet.engine.ntk.NtkData;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeResult;
import org.lnet.node.nodes.GradientFlowTrainerNode;
import org.lnet.node.nodes.WideNetworkTrainerNode;
import org.lnet.node.nodes.WideNetworkWidthSweepNode;
import org.lnet.node.nodes.WidthSweepNode;
import org.lnet.node.table.Table;

/**
 * The charts steps draw on their {@code image} connection, by node id: the only thing a step adds to its node, so
 * the step classes themselves can be generated ({@code org.lnet.build.WekaSteps}). A node without an entry draws
 * none.
 */
final class StepCharts {

    /** Draws the chart of a run from its settings and result. */
    interface Drawing {
        BufferedImage draw(LnetStep<?> step, LinearNetworkNode.Settings settings, NodeResult result);
    }

    /**
     * @param description what the chart shows, for the help page
     */
    record Chart(String description, Drawing drawing) {
    }

    private static final Map<String, Chart> BY_NODE = Map.of(
        "GradientFlowTrainer", new Chart("the trajectory: L(t) - L*, its Theorem 1 bound and the distance "
            + "||U V^T - Θ̂||_F against t, log scale.", StepCharts::trajectory),
        "WidthSweep", new Chart("the paper's Figure 1: distance to Θ̂ against the width, log-log, with the fitted slope.",
            (step, settings, result) -> image(NodeCharts.widthSweep((Table) result.output(0),
                (WidthSweepNode.Settings) settings))),
        "WideNetworkTrainer", new Chart("the trajectory: loss, relative distance ||W(t) - W_lin||_F / "
            + "||W_lin - W(0)||_F and the RMS distance of the predictions to the linearized model's on the training "
            + "points, against the step, log scale.", StepCharts::wideNetworkTrajectory),
        "WideNetworkWidthSweep", new Chart("relative distances to the linearized min-norm solution against the width, "
            + "log-log, with their fitted power laws (the chart of lnet ntk-sweep).", StepCharts::wideNetworkSweep));

    private StepCharts() {
    }

    /** The chart a node's step draws, null if none. */
    static Chart of(String nodeId) {
        return BY_NODE.get(nodeId);
    }

    private static BufferedImage image(org.jfree.chart.JFreeChart chart) {
        return Charts.image(chart, Charts.WIDTH, Charts.HEIGHT);
    }

    private static BufferedImage trajectory(LnetStep<?> step, LinearNetworkNode.Settings s, NodeResult result) {
        GradientFlowTrainerNode.Settings settings = (GradientFlowTrainerNode.Settings) s;
        String title = step.getName() + ": " + (settings.get(GradientFlowTrainerNode.METHOD) == TrainingOptions.Method.FLOW
            ? "gradient flow" : "gradient descent") + ", " + settings.get(GradientFlowTrainerNode.LOSS).key() + " loss";
        return image(NodeCharts.trajectory((Table) result.output(1), title));
    }

    private static BufferedImage wideNetworkTrajectory(LnetStep<?> step, LinearNetworkNode.Settings s,
                                                       NodeResult result) {
        WideNetworkTrainerNode.Settings settings = (WideNetworkTrainerNode.Settings) s;
        String title = step.getName() + ": " + settings.get(WideNetworkTrainerNode.ACTIVATION).key() + ", h = "
            + settings.get(WideNetworkTrainerNode.WIDTH) + ", " + settings.get(WideNetworkTrainerNode.INIT).key()
            + " initialization, " + settings.get(WideNetworkTrainerNode.LOSS).key() + " loss";
        return image(NodeCharts.wideNetworkTrajectory((Table) result.output(0), title));
    }

    private static BufferedImage wideNetworkSweep(LnetStep<?> step, LinearNetworkNode.Settings s, NodeResult result) {
        // a data set on the connection has no test points in Weka; the built-in data have their own
        boolean builtIn = step.getStepManager().numIncomingConnections() == 0;
        String data = builtIn ? NtkData.sphere(WideNetworkWidthSweepNode.SYNTHETIC_SAMPLES,
            WideNetworkWidthSweepNode.SYNTHETIC_DIM, 0, WideNetworkWidthSweepNode.SYNTHETIC_SEED).description()
            + ", " + WideNetworkWidthSweepNode.SYNTHETIC_TEST_POINTS + " test points" : "the incoming data set";
        return image(NodeCharts.wideNetworkSweep((Table) result.output(0),
            ((WideNetworkWidthSweepNode.Settings) s).sweep(), data,
            builtIn ? WideNetworkWidthSweepNode.SYNTHETIC_TEST_POINTS : 0));
    }
}
