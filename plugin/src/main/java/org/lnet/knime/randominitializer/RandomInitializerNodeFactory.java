package org.lnet.knime.randominitializer;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the RandomInitializer node: model and dialog. The description is RandomInitializerNodeFactory.xml, generated from the node layer. */
public final class RandomInitializerNodeFactory extends LnetNodeFactory<RandomInitializerNodeModel> {

    @Override
    public RandomInitializerNodeModel createNodeModel() {
        return new RandomInitializerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new RandomInitializerNodeDialog();
    }
}
