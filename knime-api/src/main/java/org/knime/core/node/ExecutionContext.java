package org.knime.core.node;

import org.knime.core.data.DataTableSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public class ExecutionContext extends ExecutionMonitor {
    private ExecutionContext() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
