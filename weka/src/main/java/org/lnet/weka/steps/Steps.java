package org.lnet.weka.steps;

import java.util.List;
import org.lnet.weka.LnetStep;

/** Every KnowledgeFlow step of the package, in the order of the node layer's {@code Nodes.all()}. */
public final class Steps {

    /**
     * The step classes; PluginManager.props registers the same list. Network to Table and Table to Network are not
     * here: they exchange several tables at once, which one {@code dataSet} connection per step cannot carry.
     */
    public static final List<Class<? extends LnetStep<?>>> ALL = List.of(RandomInitializerStep.class,
        BalancedInitializerStep.class, GradientFlowTrainerStep.class, MinNormRegressionStep.class,
        BoundEvaluatorStep.class, LinearNetworkPredictorStep.class, WidthSweepStep.class,
        WideNetworkTrainerStep.class, WideNetworkWidthSweepStep.class);

    private Steps() {
    }
}
