package org.knime.core.data;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface DataTable extends Iterable<DataRow> {
    @Override
    RowIterator iterator();

    DataTableSpec getDataTableSpec();
}
