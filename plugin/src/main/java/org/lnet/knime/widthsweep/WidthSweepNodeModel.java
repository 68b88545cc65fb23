package org.lnet.knime.widthsweep;

import org.lnet.knime.base.LnetNodeModel;
import org.lnet.node.nodes.WidthSweepNode;

/** KNIME model of the node-layer {@link WidthSweepNode}. */
public final class WidthSweepNodeModel extends LnetNodeModel<WidthSweepNode.Settings> {

    WidthSweepNodeModel() {
        super(new WidthSweepNode());
    }
}
