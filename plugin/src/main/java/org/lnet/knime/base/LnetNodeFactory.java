package org.lnet.knime.base;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * What every Linear Networks factory shares: a dialog and no views (results are tables and networks, shown by
 * KNIME's own viewers). Each node's factory only names its model and dialog; its description is the
 * {@code <Factory>.xml} beside it, generated from the node layer.
 */
public abstract class LnetNodeFactory<M extends NodeModel> extends NodeFactory<M> {

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<M> createNodeView(int viewIndex, M nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }
}
