package org.lnet.node.nodes;

import java.util.List;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.NodeInfo;

/** Every node of the extension, in the order hosts list them. */
public final class Nodes {

    /** Display name of the category the nodes appear in. */
    public static final String CATEGORY = "Linear Networks";

    private static final List<LinearNetworkNode<?>> ALL = List.of(new RandomInitializerNode(),
        new BalancedInitializerNode(), new GradientFlowTrainerNode(), new MinNormRegressionNode(),
        new BoundEvaluatorNode(), new PredictorNode(), new NetworkToTableNode(), new TableToNetworkNode(),
        new WidthSweepNode(), new WideNetworkTrainerNode(), new WideNetworkWidthSweepNode());

    private Nodes() {
    }

    public static List<LinearNetworkNode<?>> all() {
        return ALL;
    }

    /** The node with this {@link NodeInfo#id()}. */
    public static LinearNetworkNode<?> byId(String id) {
        for (LinearNetworkNode<?> n : ALL) {
            if (n.info().id().equals(id)) {
                return n;
            }
        }
        throw new IllegalArgumentException("No node with id " + id);
    }
}
