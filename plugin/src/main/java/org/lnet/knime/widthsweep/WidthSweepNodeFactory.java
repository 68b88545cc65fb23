package org.lnet.knime.widthsweep;

import org.knime.core.node.NodeDialogPane;
import org.lnet.knime.base.LnetNodeFactory;

/** Wires the WidthSweep node: model and dialog. The description is WidthSweepNodeFactory.xml, generated from the node layer. */
public final class WidthSweepNodeFactory extends LnetNodeFactory<WidthSweepNodeModel> {

    @Override
    public WidthSweepNodeModel createNodeModel() {
        return new WidthSweepNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new WidthSweepNodeDialog();
    }
}
