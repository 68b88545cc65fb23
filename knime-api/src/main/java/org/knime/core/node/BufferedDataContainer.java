package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/** Shim of KNIME's class: compile-time signatures only. */
public class BufferedDataContainer extends DataContainer {
    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public BufferedDataTable getTable() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
