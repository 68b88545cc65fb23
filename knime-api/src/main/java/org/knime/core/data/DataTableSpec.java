package org.knime.core.data;

import java.util.Iterator;
import javax.swing.JComponent;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's class: compile-time signatures only. */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {
    public DataTableSpec() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public boolean containsName(final String columnName) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public int findColumnIndex(final String columnName) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public final String[] getColumnNames() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public DataColumnSpec getColumnSpec(final int index) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public DataColumnSpec getColumnSpec(final String column) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    public int getNumColumns() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
