package org.lnet.spark;

import java.io.Serializable;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.table.Matrices;

/**
 * The first missing or non-finite cell a partition met, by its row within the partition; the driver turns it into the
 * node layer's message once it knows how many rows come before the partition.
 *
 * @param row the cell's row, counted from 0 within its part of the table
 * @param missing whether the cell is empty (null) rather than NaN or infinite
 */
record BadCell(long row, String setting, String role, String column, boolean missing, double value)
    implements Serializable {

    /** The same cell, counted from the start of a part that has {@code rowsBefore} rows in front of this one. */
    BadCell after(long rowsBefore) {
        return new BadCell(rowsBefore + row, setting, role, column, missing, value);
    }

    /**
     * The node layer's error for this cell. Rows are named as the node layer names a table's rows by default,
     * Row0, Row1, ..., counted in the order Spark reads the table (for one file, its order).
     */
    InvalidInputException error() {
        String rowId = "Row" + row;
        return missing ? Matrices.missingCell(setting, role, column, rowId)
            : Matrices.nonFiniteCell(setting, role, column, rowId, value);
    }
}
