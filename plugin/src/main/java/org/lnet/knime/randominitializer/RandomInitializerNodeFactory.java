package org.lnet.knime.randominitializer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Wires the RandomInitializer node: model, dialog, no views. The description is RandomInitializerNodeFactory.xml, generated from the node layer. */
public final class RandomInitializerNodeFactory extends NodeFactory<RandomInitializerNodeModel> {

    @Override
    public RandomInitializerNodeModel createNodeModel() {
        return new RandomInitializerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<RandomInitializerNodeModel> createNodeView(int viewIndex, RandomInitializerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views (index " + viewIndex + ").");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new RandomInitializerNodeDialog();
    }
}
