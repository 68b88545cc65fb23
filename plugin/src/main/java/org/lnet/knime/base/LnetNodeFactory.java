package org.lnet.knime.base;

import java.util.function.Supplier;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.lnet.node.LinearNetworkNode;

/**
 * The factory of every Linear Networks node: the shared {@link LnetNodeModel} and {@link LnetNodeDialog} over the
 * node-layer node it is given, and no views (results are tables and networks, shown by KNIME's own viewers). KNIME
 * registers one factory class per node (plugin.xml) and reads the node's description from the {@code <Factory>.xml}
 * beside that class, so each node keeps a one-constructor subclass in its own package; everything else is here.
 */
public abstract class LnetNodeFactory extends NodeFactory<LnetNodeModel> {

    private final Supplier<? extends LinearNetworkNode<?>> node;

    /** @param node makes the node-layer node; called once per model and per dialog */
    protected LnetNodeFactory(Supplier<? extends LinearNetworkNode<?>> node) {
        this.node = node;
    }

    @Override
    public final LnetNodeModel createNodeModel() {
        return new LnetNodeModel(node.get());
    }

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<LnetNodeModel> createNodeView(int viewIndex, LnetNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }

    @Override
    protected final NodeDialogPane createNodeDialogPane() {
        return new LnetNodeDialog(node.get());
    }
}
