package org.knime.core.node;

/**
 * Shim of KNIME's class: compile-time signatures only.
 *
 * @param <T> the node model
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> implements NodeModelWarningListener {
    protected NodeView(final T nodeModel) {
        super(nodeModel);
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
