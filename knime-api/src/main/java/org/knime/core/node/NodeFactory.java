package org.knime.core.node;

/**
 * Shim of KNIME's class: compile-time signatures only.
 *
 * @param <T> the node model
 */
public abstract class NodeFactory<T extends NodeModel> {
    protected NodeFactory() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected NodeFactory(final boolean lazyInitialization) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();
}
