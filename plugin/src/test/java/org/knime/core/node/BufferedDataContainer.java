package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/**
 * Test-scope stand-in for KNIME's {@code BufferedDataContainer} (knime-core
 * {@code org/knime/core/node/BufferedDataContainer.java}): a container made by {@link ExecutionContext} whose table is
 * a {@link BufferedDataTable}.
 */
public class BufferedDataContainer extends DataContainer {
    private BufferedDataTable table;

    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    @Override
    public BufferedDataTable getTable() {
        if (table == null) {
            table = new BufferedDataTable(getTableSpec(), closedRows());
        }
        return table;
    }
}
