package org.lnet.node;

/**
 * What a node knows about one of its ports before any data flows: a {@link org.lnet.node.table.TableSpec} or a
 * {@link org.lnet.node.network.NetworkSpec}. A null spec means "not connected" (optional inputs) or "not known
 * until execution".
 */
public interface PortSpec {
}
