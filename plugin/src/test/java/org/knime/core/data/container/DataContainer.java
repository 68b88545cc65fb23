package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowIterator;
import org.knime.core.util.DuplicateKeyException;

/**
 * Test-scope stand-in for KNIME's {@code DataContainer} (knime-core {@code org/knime/core/data/container/DataContainer.java},
 * with the row checks of {@code BufferedDataContainerDelegate.java}). Kept from KNIME: every row must have one cell
 * per column and each cell's type must fit its column ({@code DataType.isASuperTypeOf}; a missing cell fits every
 * column), else IllegalArgumentException with KNIME's wording; a row ID may occur once (DuplicateKeyException); no row
 * may be added after {@link #close()}; the table exists only after {@link #close()} (IllegalStateException).
 */
public class DataContainer implements RowAppender, RowFlushable {
    private final DataTableSpec spec;
    private final List<DataRow> rows = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private boolean closed;

    public DataContainer(final DataTableSpec spec) {
        this.spec = spec;
    }

    @Override
    public void addRowToTable(final DataRow row) {
        if (closed) {
            throw new IllegalStateException("Cannot add row: container has been closed.");
        }
        if (row.getNumCells() != spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + row.getKey() + "\" is not equal to length of "
                + "column names array: " + row.getNumCells() + " vs. " + spec.getNumColumns());
        }
        for (int c = 0; c < row.getNumCells(); c++) {
            DataType column = spec.getColumnSpec(c).getType();
            DataCell cell = row.getCell(c);
            if (!column.isASuperTypeOf(cell.getType())) {
                throw new IllegalArgumentException("Runtime class of object \"" + cell + "\" (index " + c
                    + ") in row \"" + row.getKey() + "\" is " + cell.getType() + " and does not comply with its "
                    + "supposed superclass " + column);
            }
        }
        if (!keys.add(row.getKey().getString())) {
            throw new DuplicateKeyException("Encountered duplicate row ID \"" + row.getKey() + "\"",
                row.getKey().getString());
        }
        rows.add(row);
    }

    @Override
    public void flushRows() {
        // rows are kept in memory here; KNIME writes them to its buffer
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        closed = true;
    }

    public DataTableSpec getTableSpec() {
        return spec;
    }

    /** The rows, once closed. */
    protected final List<DataRow> closedRows() {
        if (!closed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        return List.copyOf(rows);
    }

    public DataTable getTable() {
        List<DataRow> r = closedRows();
        return new DataTable() {
            @Override
            public RowIterator iterator() {
                return CloseableRowIterator.over(r.iterator(), () -> { });
            }

            @Override
            public DataTableSpec getDataTableSpec() {
                return spec;
            }
        };
    }
}
