package org.knime.core.node;

/**
 * Shim of KNIME's class: compile-time signatures only.
 *
 * @param <T> the model the view shows
 */
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {
    AbstractNodeView(final T viewableModel) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** What a view can show; KNIME's NodeModel implements it. */
    public static interface ViewableModel {
    }
}
