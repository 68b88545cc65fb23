package org.lnet.knime.balancedinitializer;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the BalancedInitializer node: model and dialog. The description is BalancedInitializerNodeFactory.xml, generated from the node layer. */
public final class BalancedInitializerNodeFactory extends LnetNodeFactory<BalancedInitializerNodeModel> {

    @Override
    public BalancedInitializerNodeModel createNodeModel() {
        return new BalancedInitializerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new BalancedInitializerNodeDialog();
    }
}
