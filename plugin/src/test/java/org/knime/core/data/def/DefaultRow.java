package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/**
 * Test-scope stand-in for KNIME's {@code DefaultRow} (knime-core {@code org/knime/core/data/def/DefaultRow.java}): a key
 * and cells, none of them null (KNIME refuses a null cell: a missing value is {@code DataType.getMissingCell()}).
 */
public class DefaultRow implements DataRow {
    private final RowKey key;
    private final DataCell[] cells;

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        this.key = Objects.requireNonNull(rowKey, "Row key must not be null.");
        this.cells = row.clone();
        for (int i = 0; i < cells.length; i++) {
            Objects.requireNonNull(cells[i], "Cell at index " + i + " is null.");
        }
    }

    public DefaultRow(final String rowId, final DataCell... row) {
        this(new RowKey(rowId), row);
    }

    @Override
    public final int getNumCells() {
        return cells.length;
    }

    @Override
    public final RowKey getKey() {
        return key;
    }

    @Override
    public final DataCell getCell(final int index) {
        return cells[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return List.of(cells).iterator();
    }
}
