/**
 * The host-neutral node layer: one class per node in {@link org.lnet.node.nodes}, each a
 * {@link org.lnet.node.LinearNetworkNode} with documented {@link org.lnet.node.Parameter}s, a settings record,
 * {@code configure} (specs in, specs out, no data) and {@code execute} on the neutral
 * {@link org.lnet.node.table.Table} and {@link org.lnet.node.network.NetworkPortObject}. Nothing here imports a host
 * (KNIME, Weka, the command line); hosts translate their types and call these classes.
 */
package org.lnet.node;
