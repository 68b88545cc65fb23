package org.knime.core.node;

/**
 * Shim of KNIME's class: compile-time signatures only. The deprecations are KNIME's (since 5.6: Swing dialogs and
 * views are no longer used; see docs/KNIME.md, "Deprecated API we use").
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

    /** @deprecated KNIME no longer uses Swing views. */
    @Deprecated(since = "5.6", forRemoval = true)
    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    /** @deprecated KNIME no longer uses Swing dialogs. */
    @Deprecated(since = "5.6", forRemoval = true)
    protected abstract boolean hasDialog();

    /** @deprecated KNIME no longer uses Swing dialogs. */
    @Deprecated(since = "5.6", forRemoval = true)
    protected abstract NodeDialogPane createNodeDialogPane();
}
