package org.lnet.knime.widthsweep;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.WidthSweepNode;

/** Dialog of the WidthSweep node, built from the parameters of {@link WidthSweepNode}. */
final class WidthSweepNodeDialog extends LnetNodeDialog {

    WidthSweepNodeDialog() {
        super(new WidthSweepNode());
    }
}
