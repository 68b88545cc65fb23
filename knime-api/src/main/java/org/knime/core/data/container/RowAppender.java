package org.knime.core.data.container;

import org.knime.core.data.DataRow;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface RowAppender {
    public void addRowToTable(final DataRow row);
}
