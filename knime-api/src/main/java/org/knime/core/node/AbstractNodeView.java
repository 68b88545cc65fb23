package org.knime.core.node;

/**
 * Shim of KNIME's class: compile-time signatures only.
 *
 * @param <T> the node model
 */
public abstract class AbstractNodeView<T extends NodeModel> {
    AbstractNodeView(final T nodeModel) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
