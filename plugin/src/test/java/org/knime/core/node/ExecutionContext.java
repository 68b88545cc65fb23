package org.knime.core.node;

import org.knime.core.data.DataTableSpec;

/**
 * Test-scope stand-in for KNIME's {@code ExecutionContext} (knime-core {@code org/knime/core/node/ExecutionContext.java}):
 * an {@link ExecutionMonitor} that also creates the containers output tables are written to.
 */
public class ExecutionContext extends ExecutionMonitor {
    public ExecutionContext() {
        super();
    }

    public ExecutionContext(final DefaultNodeProgressMonitor monitor) {
        super(monitor);
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }
}
