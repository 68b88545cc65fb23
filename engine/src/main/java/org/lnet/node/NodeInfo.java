package org.lnet.node;

import java.util.List;

/**
 * The documentation of a node, written once for every host: KNIME's node description XML, Weka's global info and
 * the docs are generated from it.
 *
 * @param id stable identifier, CamelCase (e.g. "GradientFlowTrainer"); hosts derive class and package names from it
 * @param name display name (e.g. "Gradient Flow Trainer")
 * @param type what kind of node it is, for the host's node icon frame
 * @param shortDescription one sentence
 * @param intro paragraphs of plain Unicode text stating what the node computes, with the math
 * @param inputs input ports, in order
 * @param outputs output ports, in order
 */
public record NodeInfo(String id, String name, Type type, String shortDescription, List<String> intro,
                       List<PortDef> inputs, List<PortDef> outputs) {

    /** The paper every node implements a part of. */
    public static final String CITATION = "H. Min, S. Tarmoun, R. Vidal, E. Mallada, \"On the Explicit Role of "
        + "Initialization on the Convergence and Implicit Bias of Overparametrized Linear Networks\", ICML 2021, "
        + "arXiv:2105.06351.";

    /** Link to the paper. */
    public static final String CITATION_URL = "https://arxiv.org/abs/2105.06351";

    /** Node kinds, named as KNIME names them. */
    public enum Type { Source, Learner, Predictor, Manipulator, Visualizer, Other }

    public NodeInfo {
        intro = List.copyOf(intro);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
