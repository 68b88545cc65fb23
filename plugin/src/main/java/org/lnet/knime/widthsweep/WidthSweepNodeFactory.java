package org.lnet.knime.widthsweep;

import org.lnet.knime.base.LnetNodeFactory;
import org.lnet.node.nodes.WidthSweepNode;

/**
 * Registers the node layer's {@link WidthSweepNode} with KNIME (plugin.xml); model and dialog
 * are the shared ones of {@link LnetNodeFactory};
 * the description is the WidthSweepNodeFactory.xml generated beside it.
 */
public final class WidthSweepNodeFactory extends LnetNodeFactory {

    public WidthSweepNodeFactory() {
        super(WidthSweepNode::new);
    }
}
