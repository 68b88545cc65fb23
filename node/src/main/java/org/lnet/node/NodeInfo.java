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
 * @param reference the paper the node implements
 */
public record NodeInfo(String id, String name, Type type, String shortDescription, List<String> intro,
                       List<PortDef> inputs, List<PortDef> outputs, Reference reference) {

    /**
     * A paper: the full citation, its link, and a short label for link texts.
     *
     * @param citation authors, title, venue, arXiv number
     * @param url where to read it
     * @param label e.g. "Min, Tarmoun, Vidal, Mallada (ICML 2021)"
     */
    public record Reference(String citation, String url, String label) {
    }

    /** The paper the linear-network nodes implement. */
    public static final Reference MIN_ET_AL = new Reference("H. Min, S. Tarmoun, R. Vidal, E. Mallada, \"On the "
        + "Explicit Role of Initialization on the Convergence and Implicit Bias of Overparametrized Linear Networks\", "
        + "ICML 2021, arXiv:2105.06351.", "https://arxiv.org/abs/2105.06351", "Min, Tarmoun, Vidal, Mallada (ICML 2021)");

    /** The paper the wide nonlinear-network nodes follow. */
    public static final Reference SATPATHI_SRIKANT = new Reference("S. Satpathi, R. Srikant, \"The Dynamics of "
        + "Gradient Descent for Overparametrized Neural Networks\", L4DC 2021 (PMLR 144), arXiv:2105.06569.",
        "https://arxiv.org/abs/2105.06569", "Satpathi, Srikant (L4DC 2021)");

    /** A node of the linear-network theory (Min et al.). */
    public NodeInfo(String id, String name, Type type, String shortDescription, List<String> intro,
                    List<PortDef> inputs, List<PortDef> outputs) {
        this(id, name, type, shortDescription, intro, inputs, outputs, MIN_ET_AL);
    }

    /** Node kinds, named as KNIME names them. */
    public enum Type { Source, Learner, Predictor, Manipulator, Visualizer, Other }

    public NodeInfo {
        intro = List.copyOf(intro);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
