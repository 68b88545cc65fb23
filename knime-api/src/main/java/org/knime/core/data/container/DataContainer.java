package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public class DataContainer implements RowAppender, RowFlushable {
    public DataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public void flushRows() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public DataTable getTable() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public void close() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
