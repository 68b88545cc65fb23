package org.lnet.node;

/**
 * What flows along a connection at execution: a {@link org.lnet.node.table.Table} or a
 * {@link org.lnet.node.network.NetworkPortObject}.
 */
public interface PortValue {

    /** The spec that describes this value. */
    PortSpec spec();
}
