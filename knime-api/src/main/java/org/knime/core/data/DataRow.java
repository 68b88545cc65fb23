package org.knime.core.data;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface DataRow extends Iterable<DataCell> {
    int getNumCells();

    RowKey getKey();

    DataCell getCell(final int index);
}
